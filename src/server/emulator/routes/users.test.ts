import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../shared/schemas/common';
import { userListSchema, userReadSchema } from '../../../shared/schemas/user';
import {
  MISSING_IDS,
  allUsers,
  createUser,
  expectError,
  insertOutsider,
  passwordHashOf,
  walkPages,
} from '../../testing/api-kit';
import { useTestServer } from '../../testing/test-support';

const server = useTestServer();

describe('GET /v2/users', () => {
  it('answers 401 without a Bearer token', async () => {
    const res = await server.v2('GET', '/v2/users', { token: null });
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(res.json).status).toBe(401);
  });

  it('lists the seeded users without keys or passwords', async () => {
    const res = await server.v2('GET', '/v2/users');
    expect(res.status).toBe(200);
    const list = userListSchema.parse(res.json);
    expect(list.users.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Avery Quinn', 'Farah Haddad', 'ci-deployer']),
    );
    expect(list.meta.total).toBe(list.users.length);
    expect(list.users.find((u) => u.name === 'ci-deployer')?.service_user).toBe(true);
    expect(res.text).not.toMatch(/api_key|password/);
  });

  it('pages forward to the end and back with per_page=2', async () => {
    const all = await allUsers(server);
    const { items, prevs, total } = await walkPages(
      server,
      '/v2/users',
      2,
      (json) => userListSchema.parse(json),
      (page) => page.users,
    );
    expect(total).toBe(all.length);
    expect(items.map((u) => u.id)).toEqual(all.map((u) => u.id));
    expect(prevs[0]).toBe('');
    expect(prevs.slice(1).every((p) => p !== '')).toBe(true);
    const back = userListSchema.parse(
      (await server.v2('GET', `/v2/users?per_page=2&cursor=${encodeURIComponent(prevs[1]!)}`)).json,
    );
    expect(back.users.map((u) => u.id)).toEqual(all.slice(0, 2).map((u) => u.id));
  });

  it('rejects a bad per_page', async () => {
    const res = await server.v2('GET', '/v2/users?per_page=501');
    expect(res.json).toEqual({ error: 'per_page must be between 1 and 500', status: 400 });
  });
});

describe('POST /v2/users', () => {
  it('creates a user, shows its API key once, and the key authenticates', async () => {
    const created = await createUser(server, {
      email: 'Nia.Okafor@Example.test',
      name: '  Nia Okafor ',
    });
    expect(created).toMatchObject({
      name: 'Nia Okafor',
      email: 'Nia.Okafor@Example.test',
      api_enabled: true,
      service_user: false,
      date_created: '2026-11-22T12:00:00+00:00',
    });
    expect(created.api_key).toMatch(/^[A-Z2-7]{36}$/);

    const read = await server.v2('GET', `/v2/users/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.json).not.toHaveProperty('user.api_key');
    const { api_key: _key, ...withoutKey } = created;
    expect(userReadSchema.parse(read.json).user).toEqual(withoutKey);
    const list = await server.v2('GET', '/v2/users');
    expect(list.text).not.toContain(created.api_key);

    const asNewUser = await server.v2('GET', '/v2/users/me/groups', { token: created.api_key });
    expect(asNewUser.status).toBe(200);
  });

  it('stores only a salted scrypt hash of the password and a digest of the key', async () => {
    const a = await createUser(server, { password: 'same password 123' });
    const b = await createUser(server, { password: 'same password 123' });
    const hashA = passwordHashOf(server, a.id);
    expect(hashA).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hashA).not.toContain('same password');
    expect(passwordHashOf(server, b.id)).not.toBe(hashA);
    const keys = server.store.db
      .prepare('SELECT key_hash FROM api_keys WHERE user_id = ?')
      .pluck()
      .all(a.id);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toBe(a.api_key);
  });

  it('joins first_name and last_name, and ignores unknown fields', async () => {
    const created = await createUser(server, {
      name: undefined,
      first_name: ' Ola ',
      last_name: 'Nordmann',
      service_user: true,
      favourite_colour: 'teal',
    });
    expect(created).toMatchObject({ name: 'Ola Nordmann', service_user: true });
    expect(created).not.toHaveProperty('favourite_colour');
  });

  it("answers the user with Vultr's fields, keeping first_name and last_name as sent", async () => {
    const res = await server.v2('POST', '/v2/users', {
      body: {
        email: 'parts@example.test',
        name: 'Mary Ann van der Berg',
        first_name: 'Mary Ann',
        last_name: 'van der Berg',
        password: 'correct horse battery',
      },
    });
    expect(res.status).toBe(201);
    const created = res.json as Record<string, unknown>;
    expect(created).toMatchObject({
      name: 'Mary Ann van der Berg',
      first_name: 'Mary Ann',
      last_name: 'van der Berg',
      acls: [],
    });
    const read = (await server.v2('GET', `/v2/users/${String(created.id)}`)).json as {
      user: Record<string, unknown>;
    };
    expect(Object.keys(read.user).sort()).toEqual(
      [
        'id',
        'name',
        'email',
        'api_enabled',
        'service_user',
        'acls',
        'first_name',
        'last_name',
        'date_created',
      ].sort(),
    );
    expect(read.user).toMatchObject({ first_name: 'Mary Ann', last_name: 'van der Berg' });

    // A user created with `name` alone is split at its first space; renaming splits again.
    const plain = await createUser(server, { name: 'Ada King Lovelace' });
    const plainRead = (await server.v2('GET', `/v2/users/${plain.id}`)).json as {
      user: Record<string, unknown>;
    };
    expect(plainRead.user).toMatchObject({ first_name: 'Ada', last_name: 'King Lovelace' });
    await server.v2('PATCH', `/v2/users/${String(created.id)}`, { body: { name: 'Mary Smith' } });
    const renamed = (await server.v2('GET', `/v2/users/${String(created.id)}`)).json as {
      user: Record<string, unknown>;
    };
    expect(renamed.user).toMatchObject({ first_name: 'Mary', last_name: 'Smith' });
  });

  it('creates no key when API access is off', async () => {
    const created = await createUser(server, { api_enabled: false });
    expect(created.api_key).toBe('');
    const keys = server.store.db
      .prepare('SELECT count(*) FROM api_keys WHERE user_id = ?')
      .pluck()
      .get(created.id);
    expect(keys).toBe(0);
  });

  it.each([
    [{ email: undefined }, 'email is required'],
    [{ email: 'not-an-email' }, 'email must be a valid email address'],
    [{ email: 42 }, 'email must be a string'],
    [{ password: undefined }, 'password is required'],
    [{ password: 'short' }, 'password must be at least 10 characters'],
    [{ password: 1234567890 }, 'password must be a string'],
    [{ name: undefined }, 'name is required'],
    [{ name: undefined, first_name: 'Solo' }, 'last_name is required'],
    [{ name: '   ' }, 'name must be between 1 and 100 characters'],
    [{ name: 'x'.repeat(101) }, 'name must be between 1 and 100 characters'],
    [
      { name: undefined, first_name: 'x'.repeat(60), last_name: 'y'.repeat(60) },
      'name must be between 1 and 100 characters',
    ],
    [{ api_enabled: 'yes' }, 'api_enabled must be a boolean'],
    [{ service_user: 1 }, 'service_user must be a boolean'],
  ])('rejects %j with 400', async (override, message) => {
    const body = { email: 'valid@example.test', name: 'Valid', password: 'long enough pw' };
    const res = await server.v2('POST', '/v2/users', { body: { ...body, ...override } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: message, status: 400 });
  });

  it('rejects a body that is not an object', async () => {
    const res = await server.v2('POST', '/v2/users', { body: '["x"]' });
    expect(res.json).toEqual({ error: 'body must be an object', status: 400 });
  });

  it('answers 409 for an email already used, in any case', async () => {
    const res = await server.v2('POST', '/v2/users', {
      body: { email: 'BLAKE@acme-robotics.example', name: 'Blake Two', password: 'long enough pw' },
    });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({
      error: 'a user with email "BLAKE@acme-robotics.example" already exists',
      status: 409,
    });
  });
});

describe('GET /v2/users/{id}', () => {
  it.each(MISSING_IDS)('answers 404 "Invalid user" for %s', async (_label, id) => {
    expectError(await server.v2('GET', `/v2/users/${id}`), 404, 'Invalid user');
  });

  it("does not show another organization's users", async () => {
    const userId = insertOutsider(server);
    expectError(await server.v2('GET', `/v2/users/${userId}`), 404, 'Invalid user');
    expect((await allUsers(server)).some((u) => u.id === userId)).toBe(false);
  });
});
