import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { groupReadSchema, groupSchema } from '../../../shared/schemas/group';
import { userReadSchema, userSchema } from '../../../shared/schemas/user';
import type { UserCreated } from '../../../shared/schemas/user';
import { allUsers, createUser, passwordHashOf } from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();

/** A new user holding AdministratorAccess directly, so that only the rules under test refuse it. */
async function administrator(): Promise<UserCreated> {
  const user = await createUser(server);
  const admin = server.store.db
    .prepare("SELECT id FROM policies WHERE name = 'AdministratorAccess'")
    .pluck()
    .get() as string;
  const res = await server.v2('POST', `/v2/policies/${admin}/users/${user.id}`);
  expect(res.status).toBeLessThan(300);
  return user;
}

describe('PATCH /v2/users/{id}', () => {
  it('changes only the given fields and answers 200 unwrapped', async () => {
    const created = await createUser(server);
    const res = await server.v2('PATCH', `/v2/users/${created.id}`, {
      body: { name: ' Renamed ', service_user: true },
    });
    expect(res.status).toBe(200);
    expect(userSchema.parse(res.json)).toEqual({
      id: created.id,
      name: 'Renamed',
      email: created.email,
      api_enabled: true,
      service_user: true,
      date_created: created.date_created,
    });
    expect(res.json).not.toHaveProperty('api_key');
  });

  it('replaces the password hash', async () => {
    const created = await createUser(server);
    const before = passwordHashOf(server, created.id);
    const res = await server.v2('PATCH', `/v2/users/${created.id}`, {
      body: { password: 'a brand new password' },
    });
    expect(res.status).toBe(200);
    expect(passwordHashOf(server, created.id)).not.toBe(before);
  });

  it('turning API access off refuses the key, turning it on accepts it again', async () => {
    const created = await createUser(server);
    await server.v2('PATCH', `/v2/users/${created.id}`, { body: { api_enabled: false } });
    const own = '/v2/users/me/groups';
    expect((await server.v2('GET', own, { token: created.api_key })).status).toBe(401);
    await server.v2('PATCH', `/v2/users/${created.id}`, { body: { api_enabled: true } });
    expect((await server.v2('GET', own, { token: created.api_key })).status).toBe(200);
  });

  it('answers 409 for an email another user has, but accepts a new case of its own', async () => {
    const created = await createUser(server);
    const clash = await server.v2('PATCH', `/v2/users/${created.id}`, {
      body: { email: 'Carmen@Acme-Robotics.example' },
    });
    expect(clash.status).toBe(409);
    expect(clash.json).toEqual({
      error: 'a user with email "Carmen@Acme-Robotics.example" already exists',
      status: 409,
    });
    const own = await server.v2('PATCH', `/v2/users/${created.id}`, {
      body: { email: created.email.toUpperCase() },
    });
    expect(own.status).toBe(200);
    expect(userSchema.parse(own.json).email).toBe(created.email.toUpperCase());
  });

  it("refuses to switch off the owner's API access", async () => {
    const me = userReadSchema.parse((await server.v2('GET', '/v2/users/me')).json).user;
    const res = await server.v2('PATCH', `/v2/users/${me.id}`, { body: { api_enabled: false } });
    expect(res.json).toEqual({
      error: "the organization owner's API access cannot be disabled",
      status: 409,
    });
  });

  it.each([
    [{ name: '' }, 'name must be between 1 and 100 characters'],
    [{ email: 'nope' }, 'email must be a valid email address'],
    [{ password: 'tiny' }, 'password must be at least 10 characters'],
    [{ api_enabled: 'false' }, 'api_enabled must be a boolean'],
  ])('rejects %j with 400', async (body, message) => {
    const created = await createUser(server);
    const res = await server.v2('PATCH', `/v2/users/${created.id}`, { body });
    expect(res.json).toEqual({ error: message, status: 400 });
  });

  it('answers 404 for an unknown user', async () => {
    const res = await server.v2('PATCH', `/v2/users/${randomUUID()}`, { body: { name: 'X' } });
    expect(res.json).toEqual({ error: 'Invalid user', status: 404 });
  });
});

describe('DELETE /v2/users/{id}', () => {
  it('deletes the user, its key and its group memberships', async () => {
    const created = await createUser(server);
    const group = await server.v2('POST', '/v2/groups', { body: { display_name: 'Doomed Crew' } });
    const groupId = groupSchema.parse(group.json).id;
    await server.v2('POST', `/v2/groups/${groupId}/members`, { body: { user_id: created.id } });

    const res = await server.v2('DELETE', `/v2/users/${created.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await server.v2('GET', `/v2/users/${created.id}`)).status).toBe(404);
    expect((await server.v2('GET', '/v2/roles', { token: created.api_key })).status).toBe(401);
    const after = groupReadSchema.parse((await server.v2('GET', `/v2/groups/${groupId}`)).json);
    expect(after.group.members).toEqual([]);
    const again = await server.v2('DELETE', `/v2/users/${created.id}`);
    expect(again.json).toEqual({ error: 'Invalid user', status: 404 });
  });

  it('refuses to delete the organization owner', async () => {
    const member = await administrator();
    const owner = (await allUsers(server)).find((u) => u.name === 'Avery Quinn')!;
    const res = await server.v2('DELETE', `/v2/users/${owner.id}`, { token: member.api_key });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'the organization owner cannot be deleted', status: 409 });
  });

  it('refuses to let a user delete themself', async () => {
    const member = await administrator();
    const res = await server.v2('DELETE', `/v2/users/${member.id}`, { token: member.api_key });
    expect(res.json).toEqual({ error: 'you cannot delete your own user', status: 409 });
  });
});
