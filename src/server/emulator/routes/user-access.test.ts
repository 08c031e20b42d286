import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupListSchema } from '../../../shared/schemas/group';
import { roleListSchema } from '../../../shared/schemas/role';
import {
  userCreatedSchema,
  userListSchema,
  userPoliciesSchema,
  userReadSchema,
  userRolesSchema,
} from '../../../shared/schemas/user';
import { USER_KEYS_FILE } from '../bootstrap';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';

let server: TestServer;
let userKeys: Record<string, string>;
const userIds = new Map<string, string>();
const roleIds = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  userKeys = JSON.parse(readFileSync(join(server.dataDir, USER_KEYS_FILE), 'utf8')) as Record<
    string,
    string
  >;
  for (const u of userListSchema.parse((await server.v2('GET', '/v2/users')).json).users) {
    userIds.set(u.name, u.id);
  }
  for (const r of roleListSchema.parse((await server.v2('GET', '/v2/roles')).json).roles) {
    roleIds.set(r.name, r.id);
  }
});
afterAll(async () => {
  await server.close();
});

const names = (items: { name: string }[]) => items.map((i) => i.name);
const userId = (name: string) => userIds.get(name)!;
const roleId = (name: string) => roleIds.get(name)!;
const policyId = (name: string) =>
  server.store.db.prepare('SELECT id FROM policies WHERE name = ?').pluck().get(name) as string;
const at = '2026-11-22T12:00:00.000Z';
let tick = 0;
/** Distinct, increasing assignment times, so assignment order is deterministic. */
const nextAt = () => new Date(Date.parse(at) + ++tick * 1000).toISOString();

// Role and policy assignment have their own endpoints elsewhere; the store is the shortest way here.
const assignRole = (role: string, user: string) =>
  server.store.db
    .prepare('INSERT INTO role_users (role_id, user_id, assigned_at) VALUES (?, ?, ?)')
    .run(role, user, nextAt());
const attachPolicy = (policy: string, user: string) =>
  server.store.db
    .prepare('INSERT INTO policy_users (policy_id, user_id, assigned_at) VALUES (?, ?, ?)')
    .run(policy, user, nextAt());

describe('GET /v2/users/me', () => {
  it('reads the caller', async () => {
    const owner = userReadSchema.parse((await server.v2('GET', '/v2/users/me')).json).user;
    expect(owner.name).toBe('Avery Quinn');
    const farah = await server.v2('GET', '/v2/users/me', {
      token: userKeys['farah@acme-robotics.example'],
    });
    expect(userReadSchema.parse(farah.json).user.id).toBe(userId('Farah Haddad'));
  });

  it('answers 401 without a token', async () => {
    expect((await server.v2('GET', '/v2/users/me/roles', { token: null })).status).toBe(401);
  });
});

describe('GET /v2/users/{id}/groups', () => {
  it("lists the user's groups as group objects", async () => {
    const res = await server.v2('GET', `/v2/users/${userId('Carmen Diaz')}/groups`);
    expect(res.status).toBe(200);
    const list = groupListSchema.parse(res.json);
    expect(list.groups.map((g) => g.display_name)).toEqual(['Platform Engineers', 'On-call']);
    expect(list.groups[0]!.members.map((m) => m.name)).toEqual([
      'Blake Chen',
      'Carmen Diaz',
      'Farah Haddad',
    ]);
    expect(list.meta).toEqual({ total: 2, links: { next: '', prev: '' } });
  });

  it("pages with per_page=1 and refuses another user's cursor", async () => {
    const path = `/v2/users/${userId('Carmen Diaz')}/groups`;
    const first = groupListSchema.parse((await server.v2('GET', `${path}?per_page=1`)).json);
    expect(first.groups.map((g) => g.display_name)).toEqual(['Platform Engineers']);
    const next = encodeURIComponent(first.meta.links.next);
    const second = groupListSchema.parse(
      (await server.v2('GET', `${path}?per_page=1&cursor=${next}`)).json,
    );
    expect(second.groups.map((g) => g.display_name)).toEqual(['On-call']);
    expect(second.meta.links.next).toBe('');
    expect(second.meta.links.prev).not.toBe('');
    const other = await server.v2('GET', `/v2/users/${userId('Devi Patel')}/groups?cursor=${next}`);
    expect(other.json).toEqual({ error: 'cursor belongs to another list', status: 400 });
  });

  it("lists the caller's groups under /users/me/groups", async () => {
    const res = await server.v2('GET', '/v2/users/me/groups', {
      token: userKeys['emil@acme-robotics.example'],
    });
    expect(groupListSchema.parse(res.json).groups.map((g) => g.display_name)).toEqual(['Auditors']);
  });
});

describe('GET /v2/users/{id}/roles', () => {
  it('splits seeded roles into direct (user) and inherited (group)', async () => {
    const res = await server.v2('GET', `/v2/users/${userId('Farah Haddad')}/roles`);
    expect(res.status).toBe(200);
    const { roles } = userRolesSchema.parse(res.json);
    expect(names(roles.direct)).toEqual(['Billing Viewer']);
    expect(names(roles.inherited)).toEqual(['Developer']);
    expect(names(roles.all)).toEqual(['Billing Viewer', 'Developer']);
    // The seed attaches a role's policies at one instant, so their order among themselves is by id.
    const raw = res.json as { roles: { inherited: { policies: { name: string }[] }[] } };
    expect(names(raw.roles.inherited[0]!.policies).sort()).toEqual([
      'KubernetesDeployer',
      'ReadOnlyAccess',
    ]);
  });

  it('is the same under /users/me/roles for the caller', async () => {
    const me = await server.v2('GET', '/v2/users/me/roles', {
      token: userKeys['farah@acme-robotics.example'],
    });
    const byId = await server.v2('GET', `/v2/users/${userId('Farah Haddad')}/roles`);
    expect(me.json).toEqual(byId.json);
  });

  it('lists a role held both ways once in all, and leaves out soft-deleted roles', async () => {
    const created = userCreatedSchema.parse(
      (
        await server.v2('POST', '/v2/users', {
          body: { email: 'mixed@example.test', name: 'Mixed', password: 'long enough pw' },
        })
      ).json,
    );
    const platform = groupListSchema
      .parse((await server.v2('GET', '/v2/groups')).json)
      .groups.find((g) => g.display_name === 'Platform Engineers')!;
    await server.v2('POST', `/v2/groups/${platform.id}/members`, {
      body: { user_id: created.id },
    });
    assignRole(roleId('Developer'), created.id);
    assignRole(roleId('Auditor'), created.id);
    const gone = randomUUID();
    server.store.db
      .prepare(
        `INSERT INTO roles (id, org_id, name, role_type, max_session_duration, created_at, deleted_at)
         SELECT ?, org_id, 'Retired Role', 'assignable', 3600, ?, ? FROM users WHERE id = ?`,
      )
      .run(gone, at, at, created.id);
    assignRole(gone, created.id);

    const { roles } = userRolesSchema.parse(
      (await server.v2('GET', `/v2/users/${created.id}/roles`)).json,
    );
    expect(names(roles.direct)).toEqual(['Developer', 'Auditor']);
    expect(names(roles.inherited)).toEqual(['Developer']);
    expect(names(roles.all)).toEqual(['Developer', 'Auditor']);
  });

  it('answers 404 "Invalid user" for unknown and malformed ids', async () => {
    for (const id of [randomUUID(), 'nope']) {
      const res = await server.v2('GET', `/v2/users/${id}/roles`);
      expect(res.json).toEqual({ error: 'Invalid user', status: 404 });
    }
  });
});

describe('GET /v2/users/{id}/policies', () => {
  it('collects policies from groups and from roles as inherited', async () => {
    const res = await server.v2('GET', `/v2/users/${userId('Farah Haddad')}/policies`);
    expect(res.status).toBe(200);
    const { policies } = userPoliciesSchema.parse(res.json);
    expect(policies.direct).toEqual([]);
    // Platform Engineers' own policy first, then those of Billing Viewer, then Developer's two.
    const inherited = names(policies.inherited);
    expect(inherited.slice(0, 2)).toEqual(['AssumeRoles', 'BillingReadOnly']);
    expect(inherited.slice(2).sort()).toEqual(['KubernetesDeployer', 'ReadOnlyAccess']);
    expect(policies.all).toEqual(policies.inherited);
  });

  it('lists direct attachments, dedups all, and leaves out soft-deleted policies', async () => {
    const ci = userId('ci-deployer');
    attachPolicy(policyId('ReadOnlyAccess'), ci);
    assignRole(roleId('Auditor'), ci);
    const gone = randomUUID();
    server.store.db
      .prepare(
        `INSERT INTO policies (id, org_id, name, document, version, created_at, deleted_at)
         SELECT ?, org_id, 'Retired Policy', '{"Version":"2026-03-20","Statement":[]}', '2026-03-20', ?, ?
           FROM users WHERE id = ?`,
      )
      .run(gone, at, at, ci);
    attachPolicy(gone, ci);

    const { policies } = userPoliciesSchema.parse(
      (
        await server.v2('GET', '/v2/users/me/policies', {
          token: userKeys['ci-deployer@acme-robotics.example'],
        })
      ).json,
    );
    expect(names(policies.direct)).toEqual(['AssumeRoles', 'ReadOnlyAccess']);
    expect(names(policies.inherited)).toEqual(['ReadOnlyAccess']);
    expect(names(policies.all)).toEqual(['AssumeRoles', 'ReadOnlyAccess']);
  });

  it('answers 404 "Invalid user" for an unknown id', async () => {
    const res = await server.v2('GET', `/v2/users/${randomUUID()}/policies`);
    expect(res.json).toEqual({ error: 'Invalid user', status: 404 });
  });

  it('answers 404 for /users/{id}/groups of an unknown user', async () => {
    const res = await server.v2('GET', `/v2/users/${randomUUID()}/groups`);
    expect(res.json).toEqual({ error: 'Invalid user', status: 404 });
  });
});
