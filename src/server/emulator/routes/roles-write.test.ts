import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { roleListSchema, roleReadSchema, roleSchema } from '../../../shared/schemas/role';
import { createRole, idWhere } from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();
let seededRoles: z.infer<typeof roleSchema>[];
const idOf = (name: string) => seededRoles.find((r) => r.name === name)!.id;

beforeAll(async () => {
  seededRoles = roleListSchema.parse((await server.v2('GET', '/v2/roles')).json).roles;
});

const seededId = (table: string, column: string, value: string) =>
  idWhere(server, table, column, value);

describe('POST /v2/roles', () => {
  it('creates a role → 201 unwrapped, with defaults, recording the caller', async () => {
    const res = await server.v2('POST', '/v2/roles', {
      body: { name: '  Release Manager ', role_type: 'assignable', extra: 'ignored' },
    });
    expect(res.status).toBe(201);
    const role = roleSchema.parse(res.json);
    expect(role).toMatchObject({
      name: 'Release Manager',
      description: '',
      role_type: 'assignable',
      max_session_duration: 3600,
      policies: [],
      date_created: '2026-11-22T12:00:00+00:00',
    });
    const read = roleReadSchema.parse((await server.v2('GET', `/v2/roles/${role.id}`)).json);
    expect(read.role).toEqual(role);
    const createdBy = server.store.db
      .prepare('SELECT created_by FROM roles WHERE id = ?')
      .pluck()
      .get(role.id);
    expect(createdBy).toBe(seededId('users', 'is_owner', '1'));
  });

  it('refuses a duplicate name in another case → 409', async () => {
    const res = await server.v2('POST', '/v2/roles', {
      body: { name: 'developer', role_type: 'assignable' },
    });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'a role named "Developer" already exists', status: 409 });
  });

  it.each([
    [undefined, 'body is required'],
    [{ role_type: 'assignable' }, 'name is required'],
    [{ name: 'x', role_type: 'user' }, 'role_type must be one of assignable, assumable'],
    [
      { name: 'x', role_type: 'assumable', max_session_duration: 60 },
      'max_session_duration must be between 900 and 43200',
    ],
    [[1, 2], 'body must be an object'],
  ])('refuses %j → 400 "%s"', async (body, message) => {
    const res = await server.v2('POST', '/v2/roles', {
      body: body === undefined ? undefined : body,
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: message, status: 400 });
  });
});

describe('PUT, DELETE and restore', () => {
  it('updates, soft-deletes (gone from list and read) and restores a role', async () => {
    const created = await createRole(server, { name: 'Temp Role', role_type: 'assumable' });
    const updated = await server.v2('PUT', `/v2/roles/${created.id}`, {
      body: {
        name: 'Temp Role 2',
        description: 'changed',
        role_type: 'assumable',
        max_session_duration: 7200,
      },
    });
    expect(updated.status).toBe(200);
    expect(roleSchema.parse(updated.json)).toMatchObject({
      name: 'Temp Role 2',
      max_session_duration: 7200,
    });

    expect((await server.v2('DELETE', `/v2/roles/${created.id}`)).status).toBe(204);
    expect((await server.v2('GET', `/v2/roles/${created.id}`)).status).toBe(404);
    const list = roleListSchema.parse((await server.v2('GET', '/v2/roles?per_page=500')).json);
    expect(list.roles.map((r) => r.id)).not.toContain(created.id);
    expect((await server.v2('DELETE', `/v2/roles/${created.id}`)).json).toEqual({
      error: 'Role not found',
      status: 404,
    });

    const restored = await server.v2('PATCH', `/v2/roles/${created.id}/restore`);
    expect(restored.status).toBe(200);
    expect(roleSchema.parse(restored.json)).toMatchObject({ id: created.id, name: 'Temp Role 2' });
    expect((await server.v2('GET', `/v2/roles/${created.id}`)).status).toBe(200);
  });

  it('refuses to restore a role whose name was taken meanwhile → 409', async () => {
    const a = await createRole(server, { name: 'Phoenix', role_type: 'assignable' });
    await server.v2('DELETE', `/v2/roles/${a.id}`);
    await server.v2('POST', '/v2/roles', { body: { name: 'PHOENIX', role_type: 'assignable' } });
    const res = await server.v2('PATCH', `/v2/roles/${a.id}/restore`);
    expect(res).toMatchObject({
      status: 409,
      json: { error: 'a role named "PHOENIX" already exists', status: 409 },
    });
  });

  it('refuses to make an assumable role with trusts assignable → 409', async () => {
    const res = await server.v2('PUT', `/v2/roles/${idOf('On-call Responder')}`, {
      body: { name: 'On-call Responder', role_type: 'assignable' },
    });
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ error: expect.stringMatching(/role trust/) });
  });

  it('refuses to make an assigned role assumable → 409', async () => {
    const res = await server.v2('PUT', `/v2/roles/${idOf('Developer')}`, {
      body: { name: 'Developer', role_type: 'assumable' },
    });
    expect(res.status).toBe(409);
  });
});

describe('role policies', () => {
  it('attaches, lists (paginated), and detaches policies', async () => {
    const role = await createRole(server, { name: 'Policy Holder', role_type: 'assignable' });
    const policyIds = ['AdministratorAccess', 'ReadOnlyAccess', 'ComputeOperator'].map((n) =>
      seededId('policies', 'name', n),
    );
    for (const pid of policyIds) {
      const res = await server.v2('POST', `/v2/roles/${role.id}/policies/${pid}`);
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        role_id: role.id,
        role_name: 'Policy Holder',
        role_type: 'assignable',
        policy_id: pid,
        date_assigned: expect.any(String),
        assigned_by: expect.any(String),
      });
    }
    expect((await server.v2('POST', `/v2/roles/${role.id}/policies/${policyIds[0]}`)).status).toBe(
      409,
    );

    const first = await server.v2('GET', `/v2/roles/${role.id}/policies?per_page=2`);
    const page1 = first.json as {
      policies: { id: string }[];
      meta: { total: number; links: { next: string } };
    };
    expect(page1.meta.total).toBe(3);
    const second = await server.v2(
      'GET',
      `/v2/roles/${role.id}/policies?per_page=2&cursor=${page1.meta.links.next}`,
    );
    const page2 = second.json as { policies: { id: string }[] };
    expect([...page1.policies, ...page2.policies].map((p) => p.id).sort()).toEqual(
      [...policyIds].sort(),
    );

    // A cursor from one role's list is not valid on another role's list.
    const other = await server.v2(
      'GET',
      `/v2/roles/${idOf('Developer')}/policies?cursor=${page1.meta.links.next}`,
    );
    expect(other.status).toBe(400);

    expect(
      (await server.v2('DELETE', `/v2/roles/${role.id}/policies/${policyIds[0]}`)).status,
    ).toBe(204);
    expect(
      (await server.v2('DELETE', `/v2/roles/${role.id}/policies/${policyIds[0]}`)).json,
    ).toEqual({ error: 'Policy not found', status: 404 });
    const read = roleReadSchema.parse((await server.v2('GET', `/v2/roles/${role.id}`)).json);
    expect(read.role.policies.map((p) => p.id).sort()).toEqual(policyIds.slice(1).sort());
  });

  it('answers the spec texts for unknown roles and policies', async () => {
    const ghost = '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d';
    expect(
      (await server.v2('POST', `/v2/roles/${idOf('Developer')}/policies/${ghost}`)).json,
    ).toEqual({ error: 'Policy not found', status: 404 });
    expect((await server.v2('GET', `/v2/roles/${ghost}/policies`)).json).toEqual({
      error: 'Role not found',
      status: 404,
    });
  });
});

describe('role users and groups', () => {
  it('assigns an assignable role to users and groups, lists and removes them', async () => {
    const role = await createRole(server, { name: 'Support Desk', role_type: 'assignable' });
    const devi = seededId('users', 'name', 'Devi Patel');
    const oncall = seededId('groups', 'display_name', 'On-call');

    const u = await server.v2('POST', `/v2/roles/${role.id}/users/${devi}`);
    expect(u.status).toBe(201);
    expect(u.json).toEqual({
      user_id: devi,
      role_id: role.id,
      role_name: 'Support Desk',
      role_description: '',
      role_type: 'assignable',
      date_assigned: '2026-11-22T12:00:00+00:00',
    });
    const g = await server.v2('POST', `/v2/roles/${role.id}/groups/${oncall}`);
    expect(g.status).toBe(201);
    expect(g.json).toMatchObject({ group_id: oncall, group_name: 'On-call', role_id: role.id });

    expect((await server.v2('POST', `/v2/roles/${role.id}/users/${devi}`)).status).toBe(409);
    expect((await server.v2('GET', `/v2/roles/${role.id}/users`)).json).toMatchObject({
      assignments: [{ user_id: devi }],
      meta: { total: 1 },
    });
    expect((await server.v2('GET', `/v2/roles/${role.id}/groups`)).json).toMatchObject({
      assignments: [{ group_id: oncall, group_name: 'On-call' }],
      meta: { total: 1 },
    });

    expect((await server.v2('DELETE', `/v2/roles/${role.id}/users/${devi}`)).status).toBe(204);
    expect((await server.v2('DELETE', `/v2/roles/${role.id}/groups/${oncall}`)).status).toBe(204);
    expect((await server.v2('DELETE', `/v2/roles/${role.id}/users/${devi}`)).json).toEqual({
      error: 'Invalid user',
      status: 404,
    });
    expect((await server.v2('GET', `/v2/roles/${role.id}/users`)).json).toMatchObject({
      assignments: [],
      meta: { total: 0 },
    });
  });

  it('refuses to assign an assumable role → 409, and unknown holders → 404', async () => {
    const devi = seededId('users', 'name', 'Devi Patel');
    const res = await server.v2('POST', `/v2/roles/${idOf('Nightly Batch')}/users/${devi}`);
    expect(res.status).toBe(409);
    const ghost = '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d';
    expect((await server.v2('POST', `/v2/roles/${idOf('Developer')}/users/${ghost}`)).json).toEqual(
      { error: 'Invalid user', status: 404 },
    );
    expect(
      (await server.v2('POST', `/v2/roles/${idOf('Developer')}/groups/${ghost}`)).json,
    ).toEqual({ error: 'Group not found', status: 404 });
  });
});

describe('HTTP rules on /v2', () => {
  it('answers 405 with Allow for a known path and a wrong method', async () => {
    const res = await server.v2('PATCH', '/v2/roles');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.json).toMatchObject({ status: 405 });
    const one = await server.v2('POST', `/v2/roles/${idOf('Developer')}`);
    expect(one.headers.get('allow')).toBe('DELETE, GET, PUT');
  });

  it('answers 400 for malformed JSON and 413 for bodies over 1 MiB', async () => {
    const bad = await server.v2('POST', '/v2/roles', { body: '{"name": ' });
    expect(bad).toMatchObject({
      status: 400,
      json: { error: 'body is not valid JSON', status: 400 },
    });
    const huge = await server.v2('POST', '/v2/roles', {
      body: JSON.stringify({
        name: 'x',
        role_type: 'assignable',
        description: 'y'.repeat(1024 * 1024 + 10),
      }),
    });
    expect(huge).toMatchObject({ status: 413, json: { status: 413 } });
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await server.v2('POST', '/v2/roles', {
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect(res.json).toMatchObject({ status: 415 });
  });
});
