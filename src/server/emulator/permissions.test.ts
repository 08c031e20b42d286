import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, pathOf } from '../../shared/api/contract';
import type { Route } from '../../shared/api/contract';
import { POLICY_VERSION } from '../../shared/schemas/policy';
import { expectError } from '../testing/api-kit';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';
import { seeded, sts, stsError, stsResult } from '../testing/sts-test-kit';

let server: TestServer;
let s: ReturnType<typeof seeded>;

beforeAll(async () => {
  server = await startTestServer();
  s = seeded(server);
});
afterAll(() => server.close());

const asOwner = (method: string, path: string, body?: unknown) =>
  server.v2(method, path, body === undefined ? {} : { body });

let serial = 0;
/** A new user with no policy at all, and its API key. */
async function newUser(): Promise<{ id: string; key: string }> {
  serial++;
  const res = await asOwner('POST', '/v2/users', {
    email: `perm${serial}@example.test`,
    name: `Permission Test ${serial}`,
    password: 'correct horse battery',
  });
  expect(res.status).toBe(201);
  const user = res.json as { id: string; api_key: string };
  return { id: user.id, key: user.api_key };
}

/** A policy (created by the owner) attached to a user; returns a setter for its statements. */
async function attachPolicy(userId: string, statements: unknown[]) {
  serial++;
  const document = (st: unknown[]) => ({ Version: POLICY_VERSION, Statement: st });
  const res = await asOwner('POST', '/v2/policies', {
    name: `perm-test-${serial}`,
    description: '',
    policy_document: document(statements),
  });
  expect(res.status).toBe(201);
  const body = res.json as { id?: string; policy?: { id: string } };
  const policyId = body.policy?.id ?? body.id ?? '';
  expect((await asOwner('POST', `/v2/policies/${policyId}/users/${userId}`)).status).toBeLessThan(
    300,
  );
  return async (next: unknown[]) => {
    const put = await asOwner('PUT', `/v2/policies/${policyId}`, {
      name: `perm-test-${policyId}`,
      description: '',
      policy_document: document(next),
    });
    expect(put.status).toBeLessThan(300);
  };
}

const allow = (...Action: string[]) => ({ Effect: 'Allow', Action, Resource: ['*'] });
const deny = (...Action: string[]) => ({ Effect: 'Deny', Action, Resource: ['*'] });

async function assume(key: string, roleName: string) {
  const reply = await sts(
    server,
    {
      Action: 'AssumeRole',
      Version: '2011-06-15',
      RoleArn: `arn:aws:iam::${s.orgId}:role/${s.roleId(roleName)}`,
      RoleSessionName: 'perm-test',
    },
    { bearer: key },
  );
  return stsResult(reply, 'AssumeRole').result.Credentials.SessionToken;
}

const NOBODY = '00000000-0000-4000-8000-000000000000';
/** Every path parameter filled with an id that exists nowhere: a caller let through gets 404. */
const bogus = (r: Route) =>
  Object.fromEntries(
    [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], m[1] === 'token' ? 'ars-nope' : NOBODY]),
  );

describe('every /v2 route is authorized with the action the contract names', () => {
  const enforced = ALL_ROUTES.filter((r) => r.route.action !== null && !r.route.checkedInHandler);

  it('covers every route but the caller’s own views and the body-checked assume', () => {
    const open = ALL_ROUTES.filter((r) => !enforced.includes(r)).map((r) => r.name);
    expect(open.sort()).toEqual(
      ['assume', 'listOrganizations', 'myGroups', 'myPolicies', 'myRoles', 'readMe'].sort(),
    );
  });

  it.each(enforced.map((r) => [r.name, r.route] as const))(
    '%s: refused without its action, let through with exactly it',
    async (_name, route) => {
      const plain = await newUser();
      const holder = await newUser();
      const setStatements = await attachPolicy(holder.id, [allow(route.action!)]);
      const path = pathOf(route, bogus(route));
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
      const refused = await server.v2(route.method, path, { token: plain.key, body });
      expect(refused.status).toBe(403);
      const resource = route.resource ? NOBODY : '*';
      expect(refused.json).toEqual({
        error: `user "${`Permission Test ${serial - 2}`}" is not authorized to perform ${route.action} on ${resource}`,
        status: 403,
      });
      const through = await server.v2(route.method, path, { token: holder.key, body });
      expect(through.status).not.toBe(403);
      expect(through.status).toBeLessThan(500);
      // A Deny of the same action beats the Allow.
      await setStatements([allow('*'), deny(route.action!)]);
      expect((await server.v2(route.method, path, { token: holder.key, body })).status).toBe(403);
    },
  );
});

describe('who may do what', () => {
  it('lets a caller read its own user and views, and no one else’s, without any policy', async () => {
    const plain = await newUser();
    const other = await newUser();
    for (const path of [
      `/v2/users/${plain.id}`,
      `/v2/users/${plain.id}/groups`,
      `/v2/users/${plain.id}/roles`,
      `/v2/users/${plain.id}/policies`,
      `/v2/users/me/groups`,
      `/v2/organizations`,
    ]) {
      expect((await server.v2('GET', path, { token: plain.key })).status, path).toBe(200);
    }
    expect((await server.v2('GET', `/v2/users/${other.id}`, { token: plain.key })).status).toBe(
      403,
    );
  });

  it('refuses every escalation a read-only user could try', async () => {
    const emil = s.apiKey('emil');
    const emilId = s.userId('Emil Novak');
    const as = (method: string, path: string, body?: unknown) =>
      server.v2(method, path, { token: emil, body });
    // Reading is fine.
    expect((await as('GET', '/v2/roles')).status).toBe(200);
    // Creating a role, making itself administrator, deleting a colleague, trusting itself on
    // Break-glass Administrator: all refused, and nothing changed.
    const admin = server.store.db
      .prepare("SELECT id FROM policies WHERE name = 'AdministratorAccess'")
      .pluck()
      .get() as string;
    const attempts = [
      as('POST', '/v2/roles', { name: 'Mine', role_type: 'assumable', max_session_duration: 3600 }),
      as('POST', `/v2/policies/${admin}/users/${emilId}`),
      as('POST', `/v2/roles/${s.roleId('Break-glass Administrator')}/users/${emilId}`),
      as('DELETE', `/v2/users/${s.userId('Devi Patel')}`),
      as('POST', '/v2/role-trusts', {
        role_id: s.roleId('Break-glass Administrator'),
        trust_type: 'TemporaryAssumption',
        trusted_user_id: emilId,
      }),
      as('POST', `/v2/groups/${s.groupId('Platform Engineers')}/members`, {
        user_id: emilId,
        display_name: 'Emil Novak',
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect((res.json as { error: string }).error).toMatch(
        /^user "Emil Novak" is not authorized to perform iam\.\w+\.\w+ on /,
      );
    }
    expect((await as('POST', `/v2/policies/${admin}/users/${emilId}`)).json).toEqual({
      error: `user "Emil Novak" is not authorized to perform iam.policy.AttachUser on ${admin}`,
      status: 403,
    });
    expect((await asOwner('GET', `/v2/users/${s.userId('Devi Patel')}`)).status).toBe(200);
    const emilPolicies = await asOwner('GET', `/v2/policies/${admin}/users`);
    expect(JSON.stringify(emilPolicies.json)).not.toContain(emilId);
  });

  it('lets a session act with its role’s policies only', async () => {
    const deployer = await assume(s.apiKey('ci-deployer'), 'CI Deployer');
    const as = (method: string, path: string, body?: unknown) =>
      server.v2(method, path, { token: deployer, body });
    const created = await as('POST', '/v2/users', {
      email: 'sneaky@example.test',
      name: 'Sneaky',
      password: 'correct horse battery',
    });
    expectError(
      created,
      403,
      'assumed-role session "perm-test" is not authorized to perform iam.user.Create on *',
    );
    expect((await as('GET', '/v2/roles')).status).toBe(403);

    // Break-glass Administrator's session may do everything its role allows.
    const breakGlass = await assume(s.apiKey('blake'), 'Break-glass Administrator');
    expect((await server.v2('GET', '/v2/users', { token: breakGlass })).status).toBe(200);
    // …but Blake's own key, with Developer (read-only) access, still may not write.
    expect(
      (await server.v2('POST', '/v2/groups', { token: s.apiKey('blake'), body: {} })).status,
    ).toBe(403);
  });

  it('ends a user’s sessions when the user is disabled or deleted', async () => {
    const blake = s.userId('Blake Chen');
    const token = await assume(s.apiKey('blake'), 'Break-glass Administrator');
    const own = '/v2/users/me/groups';
    expect((await server.v2('GET', own, { token })).status).toBe(200);
    expect((await asOwner('PATCH', `/v2/users/${blake}`, { api_enabled: false })).status).toBe(200);
    expect((await server.v2('GET', own, { token })).status).toBe(401);
    expect((await asOwner('PATCH', `/v2/users/${blake}`, { api_enabled: true })).status).toBe(200);
    // Switching the user back on does not bring its sessions back.
    expect((await server.v2('GET', own, { token })).status).toBe(401);

    const devi = await newUser();
    const trust = await asOwner('POST', '/v2/role-trusts', {
      role_id: s.roleId('Break-glass Administrator'),
      trust_type: 'TemporaryAssumption',
      trusted_user_id: devi.id,
    });
    expect(trust.status).toBe(201);
    await attachPolicy(devi.id, [
      allow('iam.role.AssumeRole', 'iam.role.Read', 'iam.assumedrole.Read'),
    ]);
    const deviToken = await assume(devi.key, 'Break-glass Administrator');
    expect((await server.v2('GET', own, { token: deviToken })).status).toBe(200);
    expect((await asOwner('DELETE', `/v2/users/${devi.id}`)).status).toBe(204);
    expect((await server.v2('GET', own, { token: deviToken })).status).toBe(401);
    const ended = server.store.db
      .prepare('SELECT count(*) FROM ended_sessions WHERE user_id = ?')
      .pluck()
      .get(devi.id);
    expect(ended).toBe(1);
  });

  it('lets a caller end its own session, and no one else’s, without iam.assumedrole.Delete', async () => {
    const plain = await newUser();
    const blakeSession = await assume(s.apiKey('blake'), 'Break-glass Administrator');
    const refused = await server.v2('DELETE', `/v2/assumed-roles/${blakeSession}`, {
      token: plain.key,
    });
    expect(refused.status).toBe(403);
    // The refusal never repeats the token.
    expect(refused.text).not.toContain(blakeSession);
    expect(
      (await server.v2('DELETE', `/v2/assumed-roles/${blakeSession}`, { token: s.apiKey('blake') }))
        .status,
    ).toBe(204);
  });

  it('refuses AssumeRole to a caller whose policies deny it, with the action named', async () => {
    const ci = s.apiKey('ci-deployer');
    const ciId = s.userId('ci-deployer');
    await attachPolicy(ciId, [deny('iam.role.AssumeRole')]);
    const reply = await sts(
      server,
      {
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: `arn:aws:iam::${s.orgId}:role/${s.roleId('CI Deployer')}`,
        RoleSessionName: 'denied',
      },
      { bearer: ci },
    );
    expect(stsError(reply).Message).toMatch(/explicitly denies iam\.role\.AssumeRole$/);
  });
});
