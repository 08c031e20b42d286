import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  groupListSchema,
  groupMemberListSchema,
  groupMembershipSchema,
  groupPoliciesSchema,
  groupReadSchema,
  groupRolesSchema,
} from '../../../shared/schemas/group';
import type { Group } from '../../../shared/schemas/group';
import type { User } from '../../../shared/schemas/user';
import {
  allUsers,
  createGroup,
  expectError,
  insertOutsider,
  pageUrl,
  readOk,
  walkPages,
} from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();
let users: User[];
beforeAll(async () => {
  users = await allUsers(server);
});

const user = (name: string) => users.find((u) => u.name === name)!;
const names = (items: { name: string }[]) => items.map((i) => i.name);
const addMember = (groupId: string, userId: string) =>
  server.v2('POST', `/v2/groups/${groupId}/members`, { body: { user_id: userId } });
async function seededGroup(name: string): Promise<Group> {
  const list = groupListSchema.parse((await server.v2('GET', '/v2/groups')).json);
  return list.groups.find((g) => g.display_name === name)!;
}

describe('POST /v2/groups/{id}/members', () => {
  it('adds a member and answers 201 with the membership record', async () => {
    const group = await createGroup(server);
    server.clock.advance(60_000);
    const res = await addMember(group.id, user('Emil Novak').id);
    expect(res.status).toBe(201);
    expect(groupMembershipSchema.parse(res.json)).toEqual({
      group_id: group.id,
      group_name: group.display_name,
      user_id: user('Emil Novak').id,
      user_name: 'Emil Novak',
      date_added: '2026-11-22T12:01:00+00:00',
    });
    const added = server.store.db
      .prepare('SELECT added_by FROM group_members WHERE group_id = ?')
      .pluck()
      .get(group.id);
    expect(added).toBe(user('Avery Quinn').id);
  });

  it('accepts the body govultr sends, {user_id, display_name}, and lists the member', async () => {
    const group = await createGroup(server);
    const emil = user('Emil Novak');
    const res = await server.v2('POST', `/v2/groups/${group.id}/members`, {
      body: { user_id: emil.id, display_name: 'Emil Novak' },
    });
    expect(res.status).toBe(201);
    const listed = await server.v2('GET', `/v2/groups/${group.id}/members`);
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({
      members: [{ id: emil.id, email: 'emil@acme-robotics.example', name: 'Emil Novak' }],
      meta: { total: 1, links: { next: '', prev: '' } },
    });
  });

  it('keeps members in the order they were added, not the order users were created', async () => {
    const group = await createGroup(server);
    for (const name of ['Farah Haddad', 'Blake Chen', 'Devi Patel']) {
      expect((await addMember(group.id, user(name).id)).status).toBe(201);
    }
    const read = groupReadSchema.parse((await server.v2('GET', `/v2/groups/${group.id}`)).json);
    expect(names(read.group.members)).toEqual(['Farah Haddad', 'Blake Chen', 'Devi Patel']);
  });

  it('answers 409 for a member already in the group', async () => {
    const platform = await seededGroup('Platform Engineers');
    const res = await addMember(platform.id, user('Blake Chen').id);
    expect(res.status).toBe(409);
    expect(res.json).toEqual({
      error: '"Blake Chen" is already a member of "Platform Engineers"',
      status: 409,
    });
  });

  it.each([
    [{ user_id: randomUUID() }, 404, 'Invalid user'],
    [{ user_id: 'not-a-uuid' }, 400, 'user_id must be a UUID'],
    [{}, 400, 'user_id is required'],
    [{ user_id: 5 }, 400, 'user_id must be a string'],
  ])('rejects %j', async (body, status, message) => {
    const group = await createGroup(server);
    const res = await server.v2('POST', `/v2/groups/${group.id}/members`, { body });
    expect(res.json).toEqual({ error: message, status });
  });

  it('answers 404 "Invalid user" for another organization\'s user', async () => {
    const outsider = insertOutsider(server);
    const group = await createGroup(server);
    expectError(await addMember(group.id, outsider), 404, 'Invalid user');
  });

  it('answers 404 "Group not found" for an unknown group', async () => {
    const res = await addMember(randomUUID(), user('Blake Chen').id);
    expect(res.json).toEqual({ error: 'Group not found', status: 404 });
  });
});

describe('GET /v2/groups/{id}/members', () => {
  it('pages the members as user summaries and refuses another group’s cursor', async () => {
    const group = await createGroup(server);
    const members = ['Blake Chen', 'Carmen Diaz', 'Devi Patel', 'Emil Novak', 'Farah Haddad'];
    for (const name of members) await addMember(group.id, user(name).id);
    const path = `/v2/groups/${group.id}/members`;
    const read = (json: unknown) => groupMemberListSchema.parse(json);
    const { items, prevs, total } = await walkPages(server, path, 2, read, (p) => p.members);
    expect(total).toBe(5);
    expect(names(items)).toEqual(members);
    expect(prevs).toHaveLength(3);
    expect(prevs[0]).toBe('');
    const back = await readOk(server, pageUrl(path, 2, prevs[2]), read);
    expect(names(back.members)).toEqual(['Devi Patel', 'Emil Novak']);
    expect(back.members[0]).toEqual({
      id: user('Devi Patel').id,
      name: 'Devi Patel',
      email: 'devi@acme-robotics.example',
    });

    const other = await seededGroup('Auditors');
    const foreign = await server.v2(
      'GET',
      `/v2/groups/${other.id}/members?cursor=${encodeURIComponent(prevs[2]!)}`,
    );
    expect(foreign.json).toEqual({ error: 'cursor belongs to another list', status: 400 });
  });

  it('answers 404 "Group not found" for an unknown group', async () => {
    const res = await server.v2('GET', `/v2/groups/${randomUUID()}/members`);
    expect(res.json).toEqual({ error: 'Group not found', status: 404 });
  });
});

describe('DELETE /v2/groups/{id}/members/{user-id}', () => {
  it('removes a member, then answers 404 "Invalid user"', async () => {
    const group = await createGroup(server);
    await addMember(group.id, user('Carmen Diaz').id);
    const path = `/v2/groups/${group.id}/members/${user('Carmen Diaz').id}`;
    const res = await server.v2('DELETE', path);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const read = groupReadSchema.parse((await server.v2('GET', `/v2/groups/${group.id}`)).json);
    expect(read.group.members).toEqual([]);
    expect((await server.v2('DELETE', path)).json).toEqual({ error: 'Invalid user', status: 404 });
  });

  it('answers 404 for a malformed user id and for an unknown group', async () => {
    const group = await createGroup(server);
    const malformed = await server.v2('DELETE', `/v2/groups/${group.id}/members/nope`);
    expect(malformed.json).toEqual({ error: 'Invalid user', status: 404 });
    const noGroup = await server.v2(
      'DELETE',
      `/v2/groups/${randomUUID()}/members/${user('Carmen Diaz').id}`,
    );
    expect(noGroup.json).toEqual({ error: 'Group not found', status: 404 });
  });
});

describe('GET /v2/groups/{id}/roles and /policies', () => {
  it('shows the seeded Platform Engineers roles as direct, none inherited', async () => {
    const platform = await seededGroup('Platform Engineers');
    const res = await server.v2('GET', `/v2/groups/${platform.id}/roles`);
    expect(res.status).toBe(200);
    const { roles } = groupRolesSchema.parse(res.json);
    expect(names(roles.direct)).toEqual(['Developer']);
    expect(roles.inherited).toEqual([]);
    expect(roles.all).toEqual(roles.direct);
    // Each item as govultr decodes it.
    const raw = res.json as { roles: { direct: Record<string, unknown>[] } };
    expect(Object.keys(raw.roles.direct[0]!).sort()).toEqual(
      ['date_assigned', 'description', 'display_name', 'id', 'role_type'].sort(),
    );
    expect(raw.roles.direct[0]).toMatchObject({
      display_name: 'Developer',
      role_type: 'assignable',
      date_assigned: expect.stringMatching(/\+00:00$/),
    });
  });

  it('splits policies into direct and from_roles, and dedups all', async () => {
    const platform = await seededGroup('Platform Engineers');
    const { policies } = await readOk(server, `/v2/groups/${platform.id}/policies`, (json) =>
      groupPoliciesSchema.parse(json),
    );
    expect(names(policies.direct)).toEqual(['AssumeRoles']);
    expect(names(policies.from_roles).sort()).toEqual(['KubernetesDeployer', 'ReadOnlyAccess']);
    expect(names(policies.all)).toEqual([...names(policies.direct), ...names(policies.from_roles)]);

    // A policy attached directly and through a role appears once in all.
    const auditors = await seededGroup('Auditors');
    const db = server.store.db;
    const readOnly = db
      .prepare("SELECT id FROM policies WHERE name = 'ReadOnlyAccess'")
      .pluck()
      .get() as string;
    db.prepare('INSERT INTO policy_groups (policy_id, group_id, assigned_at) VALUES (?, ?, ?)').run(
      readOnly,
      auditors.id,
      '2026-11-22T12:00:00.000Z',
    );
    const both = groupPoliciesSchema.parse(
      (await server.v2('GET', `/v2/groups/${auditors.id}/policies`)).json,
    ).policies;
    expect(names(both.direct)).toEqual(['ReadOnlyAccess']);
    expect(names(both.from_roles)).toEqual(['ReadOnlyAccess']);
    expect(names(both.all)).toEqual(['ReadOnlyAccess']);
  });

  it('answers 404 "Group not found" for unknown and malformed ids', async () => {
    for (const path of [`${randomUUID()}/roles`, 'nope/roles', `${randomUUID()}/policies`]) {
      const res = await server.v2('GET', `/v2/groups/${path}`);
      expect(res.json).toEqual({ error: 'Group not found', status: 404 });
    }
  });
});
