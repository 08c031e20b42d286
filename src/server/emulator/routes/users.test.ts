import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../shared/schemas/common';
import { userCreatedSchema, userListSchema, userReadSchema } from '../../../shared/schemas/user';
import type { User, UserCreated } from '../../../shared/schemas/user';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

let serial = 0;
async function createUser(body: Record<string, unknown> = {}): Promise<UserCreated> {
  serial++;
  const res = await server.v2('POST', '/v2/users', {
    body: {
      email: `user${serial}@example.test`,
      name: `Test User ${serial}`,
      password: 'correct horse battery',
      ...body,
    },
  });
  expect(res.status).toBe(201);
  return userCreatedSchema.parse(res.json);
}

async function allUsers(): Promise<User[]> {
  return userListSchema.parse((await server.v2('GET', '/v2/users')).json).users;
}

const passwordHashOf = (id: string) =>
  server.store.db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(id) as string;

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
    const all = await allUsers();
    const seen: string[] = [];
    const prevs: string[] = [];
    let cursor = '';
    do {
      const res = await server.v2(
        'GET',
        `/v2/users?per_page=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      const page = userListSchema.parse(res.json);
      expect(page.users.length).toBeLessThanOrEqual(2);
      expect(page.meta.total).toBe(all.length);
      seen.push(...page.users.map((u) => u.id));
      prevs.push(page.meta.links.prev);
      cursor = page.meta.links.next;
    } while (cursor);
    expect(seen).toEqual(all.map((u) => u.id));
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
    const created = await createUser({ email: 'Nia.Okafor@Example.test', name: '  Nia Okafor ' });
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
    const a = await createUser({ password: 'same password 123' });
    const b = await createUser({ password: 'same password 123' });
    const hashA = passwordHashOf(a.id);
    expect(hashA).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hashA).not.toContain('same password');
    expect(passwordHashOf(b.id)).not.toBe(hashA);
    const keys = server.store.db
      .prepare('SELECT key_hash FROM api_keys WHERE user_id = ?')
      .pluck()
      .all(a.id);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toBe(a.api_key);
  });

  it('joins first_name and last_name, and ignores unknown fields', async () => {
    const created = await createUser({
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
    serial++;
    const res = await server.v2('POST', '/v2/users', {
      body: {
        email: `parts${serial}@example.test`,
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
    const plain = await createUser({ name: 'Ada King Lovelace' });
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
    const created = await createUser({ api_enabled: false });
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
  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', 'not-a-uuid'],
  ])('answers 404 "Invalid user" for %s', async (_label, id) => {
    const res = await server.v2('GET', `/v2/users/${id}`);
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Invalid user', status: 404 });
  });

  it("does not show another organization's users", async () => {
    const db = server.store.db;
    const orgId = randomUUID();
    const userId = randomUUID();
    db.prepare("INSERT INTO organizations VALUES (?, 'Other Org', 'business', ?)").run(
      orgId,
      '2026-01-01T00:00:00.000Z',
    );
    db.prepare(
      "INSERT INTO users (id, org_id, name, email, created_at) VALUES (?, ?, 'Outsider', 'out@other.test', ?)",
    ).run(userId, orgId, '2026-01-01T00:00:00.000Z');
    const res = await server.v2('GET', `/v2/users/${userId}`);
    expect(res.json).toEqual({ error: 'Invalid user', status: 404 });
    expect((await allUsers()).some((u) => u.id === userId)).toBe(false);
  });
});
