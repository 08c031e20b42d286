import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupListSchema, groupReadSchema, groupSchema } from '../../../shared/schemas/group';
import { userListSchema } from '../../../shared/schemas/user';
import {
  MISSING_IDS,
  allUsers,
  createGroup,
  expectError,
  pageUrl,
  readOk,
  walkPages,
} from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();
const userIds = new Map<string, string>();
beforeAll(async () => {
  for (const u of await allUsers(server)) userIds.set(u.name, u.id);
});

const userId = (name: string) => userIds.get(name)!;
const addMember = (groupId: string, user: string) =>
  server.v2('POST', `/v2/groups/${groupId}/members`, { body: { user_id: user } });

describe('GET /v2/groups', () => {
  it('answers 401 without a Bearer token', async () => {
    expect((await server.v2('GET', '/v2/groups', { token: null })).status).toBe(401);
  });

  it('lists the seeded groups with their members in the order they were added', async () => {
    const res = await server.v2('GET', '/v2/groups');
    expect(res.status).toBe(200);
    const list = groupListSchema.parse(res.json);
    expect(list.groups.map((g) => g.display_name)).toEqual([
      'Platform Engineers',
      'On-call',
      'Auditors',
    ]);
    expect(list.groups[0]!.members).toEqual([
      { id: userId('Blake Chen'), name: 'Blake Chen', email: 'blake@acme-robotics.example' },
      { id: userId('Carmen Diaz'), name: 'Carmen Diaz', email: 'carmen@acme-robotics.example' },
      { id: userId('Farah Haddad'), name: 'Farah Haddad', email: 'farah@acme-robotics.example' },
    ]);
  });

  it('pages forward and back with per_page=1', async () => {
    const all = groupListSchema.parse((await server.v2('GET', '/v2/groups')).json).groups;
    const read = (json: unknown) => groupListSchema.parse(json);
    const { items, prevs, total } = await walkPages(server, '/v2/groups', 1, read, (p) => p.groups);
    expect(total).toBe(all.length);
    expect(items.map((g) => g.id)).toEqual(all.map((g) => g.id));
    expect(prevs[0]).toBe('');
    const back = await readOk(server, pageUrl('/v2/groups', 1, prevs.at(-1)), read);
    expect(back.groups.map((g) => g.id)).toEqual([all.at(-2)!.id]);
  });

  it('refuses a cursor from the users list', async () => {
    const users = userListSchema.parse((await server.v2('GET', '/v2/users?per_page=1')).json);
    const res = await server.v2(
      'GET',
      `/v2/groups?cursor=${encodeURIComponent(users.meta.links.next)}`,
    );
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'cursor belongs to another list', status: 400 });
  });
});

describe('POST /v2/groups and GET /v2/groups/{id}', () => {
  it('creates a group (trimmed, empty description by default) and reads it back wrapped', async () => {
    const created = await createGroup(server, { display_name: '  Data Science  ', extra: true });
    expect(created).toEqual({
      id: expect.any(String),
      display_name: 'Data Science',
      description: '',
      members: [],
      date_created: '2026-11-22T12:00:00+00:00',
    });
    const read = await server.v2('GET', `/v2/groups/${created.id}`);
    expect(read.status).toBe(200);
    expect(groupReadSchema.parse(read.json).group).toEqual(created);
  });

  it.each([
    [{}, 'display_name is required'],
    [{ display_name: '   ' }, 'display_name must be between 1 and 100 characters'],
    [{ display_name: 'x'.repeat(101) }, 'display_name must be between 1 and 100 characters'],
    [{ display_name: 7 }, 'display_name must be a string'],
    [
      { display_name: 'Fine', description: 'd'.repeat(501) },
      'description must be at most 500 characters',
    ],
    [{ display_name: 'Fine', description: null }, 'description must be a string'],
  ])('rejects %j with 400', async (body, message) => {
    const res = await server.v2('POST', '/v2/groups', { body });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: message, status: 400 });
  });

  it('answers 409 for a name already used, in another case', async () => {
    const res = await server.v2('POST', '/v2/groups', {
      body: { display_name: 'platform ENGINEERS' },
    });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({
      error: 'a group named "platform ENGINEERS" already exists',
      status: 409,
    });
  });

  it.each(MISSING_IDS)('answers 404 "Group not found" for %s', async (_label, id) => {
    expectError(await server.v2('GET', `/v2/groups/${id}`), 404, 'Group not found');
  });
});

describe('PUT /v2/groups/{id}', () => {
  it('replaces name and description and answers 200 unwrapped', async () => {
    const created = await createGroup(server, { description: 'old' });
    const res = await server.v2('PUT', `/v2/groups/${created.id}`, {
      body: { display_name: created.display_name.toUpperCase(), description: 'new words' },
    });
    expect(res.status).toBe(200);
    expect(groupSchema.parse(res.json)).toEqual({
      ...created,
      display_name: created.display_name.toUpperCase(),
      description: 'new words',
    });
  });

  it("answers 409 for another group's name, 400 for a bad body and 404 for an unknown id", async () => {
    const created = await createGroup(server);
    const clash = await server.v2('PUT', `/v2/groups/${created.id}`, {
      body: { display_name: 'on-call' },
    });
    expect(clash.json).toEqual({ error: 'a group named "on-call" already exists', status: 409 });
    const bad = await server.v2('PUT', `/v2/groups/${created.id}`, { body: { description: 'x' } });
    expect(bad.json).toEqual({ error: 'display_name is required', status: 400 });
    const missing = await server.v2('PUT', `/v2/groups/${randomUUID()}`, {
      body: { display_name: 'Whatever' },
    });
    expect(missing.json).toEqual({ error: 'Group not found', status: 404 });
  });
});

describe('DELETE /v2/groups/{id}', () => {
  it('deletes the group with its memberships, role assignments and trusts', async () => {
    const created = await createGroup(server);
    await addMember(created.id, userId('Devi Patel'));
    const db = server.store.db;
    const roleId = (name: string) =>
      db.prepare('SELECT id FROM roles WHERE name = ?').pluck().get(name) as string;
    const at = '2026-11-22T12:00:00.000Z';
    db.prepare('INSERT INTO role_groups (role_id, group_id, assigned_at) VALUES (?, ?, ?)').run(
      roleId('Auditor'),
      created.id,
      at,
    );
    db.prepare(
      `INSERT INTO role_trusts (id, org_id, role_id, trust_type, trusted_group_id, created_at)
       SELECT ?, org_id, ?, 'TemporaryAssumption', ?, ? FROM groups WHERE id = ?`,
    ).run(randomUUID(), roleId('Nightly Batch'), created.id, at, created.id);

    const res = await server.v2('DELETE', `/v2/groups/${created.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await server.v2('GET', `/v2/groups/${created.id}`)).status).toBe(404);
    for (const table of ['group_members', 'role_groups', 'role_trusts']) {
      const column = table === 'role_trusts' ? 'trusted_group_id' : 'group_id';
      expect(
        db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(created.id),
      ).toBe(0);
    }
    const again = await server.v2('DELETE', `/v2/groups/${created.id}`);
    expect(again.json).toEqual({ error: 'Group not found', status: 404 });
  });
});
