import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/common';
import type { ListMeta } from '../../shared/schemas/common';
import { groupSchema } from '../../shared/schemas/group';
import type { Group } from '../../shared/schemas/group';
import { policySchema } from '../../shared/schemas/policy';
import type { Policy } from '../../shared/schemas/policy';
import { roleSchema } from '../../shared/schemas/role';
import type { Role } from '../../shared/schemas/role';
import { userCreatedSchema, userListSchema } from '../../shared/schemas/user';
import type { User, UserCreated } from '../../shared/schemas/user';
import type { TestServer } from './test-support';

/**
 * What the /v2 route tests share (each against the server `useTestServer` starts): the records
 * they create, error answers, walking a list page by page, and a user of another organization.
 */

type Reply = Awaited<ReturnType<TestServer['v2']>>;

/** GETs a path, expects 200, and reads the body with `parse`. */
export async function readOk<T>(
  server: TestServer,
  path: string,
  parse: (json: unknown) => T,
): Promise<T> {
  const res = await server.v2('GET', path);
  expect(res.status, res.text).toBe(200);
  return parse(res.json);
}

/** The API's error answer: the status, and `{error, status}` as the body. */
export function expectError(res: Reply, status: number, message: string): void {
  expect(res.status).toBe(status);
  expect(res.json).toEqual({ error: message, status });
}

/** One test per request: without a token, each is answered 401 with an error body. */
export function itRefusesWithoutToken(
  server: TestServer,
  requests: (readonly [method: string, path: string])[],
): void {
  it.each(requests)('%s %s answers 401 without a token', async (method, path) => {
    const res = await server.v2(method, path, { token: null });
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(res.json).status).toBe(401);
  });
}

/** Path ids that name nothing: one well-formed, one not a UUID at all. */
export const MISSING_IDS = [
  ['an unknown id', randomUUID()],
  ['a malformed id', 'not-a-uuid'],
] as const;

/** A path with `per_page` and, past the first page, the cursor. */
export function pageUrl(path: string, perPage: number, cursor = ''): string {
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}per_page=${perPage}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
}

/**
 * Walks a list from its first page to its last along the `next` links, checking what every page
 * of every list must hold: 200, at most `perPage` items and none missing before the last page,
 * something on each page of a list that is not empty, and the same total on each page.
 */
export async function walkPages<P extends { meta: ListMeta }, T>(
  server: TestServer,
  path: string,
  perPage: number,
  parse: (json: unknown) => P,
  itemsOf: (page: P) => T[],
): Promise<{ items: T[]; prevs: string[]; total: number }> {
  const items: T[] = [];
  const prevs: string[] = [];
  let total: number | undefined;
  let cursor = '';
  do {
    const page = await readOk(server, pageUrl(path, perPage, cursor), parse);
    const size = itemsOf(page).length;
    total ??= page.meta.total;
    expect(page.meta.total).toBe(total);
    expect(size).toBeLessThanOrEqual(perPage);
    if (total > 0) expect(size).toBeGreaterThan(0);
    cursor = page.meta.links.next;
    if (cursor) expect(size).toBe(perPage);
    items.push(...itemsOf(page));
    prevs.push(page.meta.links.prev);
  } while (cursor);
  return { items, prevs, total: total ?? 0 };
}

let serial = 0;

/** POSTs a record with defaults the overrides replace, expects 201 and reads the reply. */
export async function createRecord<T>(
  server: TestServer,
  path: string,
  body: Record<string, unknown>,
  parse: (json: unknown) => T,
): Promise<T> {
  const res = await server.v2('POST', path, { body });
  expect(res.status, res.text).toBe(201);
  return parse(res.json);
}

/** A new user, `Test User <n>` with a password, unless the body says otherwise. */
export function createUser(server: TestServer, body: Record<string, unknown> = {}) {
  serial++;
  const defaults = {
    email: `user${serial}@example.test`,
    name: `Test User ${serial}`,
    password: 'correct horse battery',
  };
  return createRecord<UserCreated>(server, '/v2/users', { ...defaults, ...body }, (json) =>
    userCreatedSchema.parse(json),
  );
}

/** A new group, `Test Group <n>` unless the body names it. */
export function createGroup(
  server: TestServer,
  body: Record<string, unknown> = {},
): Promise<Group> {
  serial++;
  const defaults = { display_name: `Test Group ${serial}` };
  return createRecord(server, '/v2/groups', { ...defaults, ...body }, (json) =>
    groupSchema.parse(json),
  );
}

/** A new role with the body given (name and role_type at least). */
export function createRole(server: TestServer, body: Record<string, unknown>): Promise<Role> {
  return createRecord(server, '/v2/roles', body, (json) => roleSchema.parse(json));
}

/** A new policy with the body given. */
export function createPolicy(server: TestServer, body: Record<string, unknown>): Promise<Policy> {
  return createRecord(server, '/v2/policies', body, (json) => policySchema.parse(json));
}

/** The first page of the organization's users (all of them, in a test organization). */
export async function allUsers(server: TestServer): Promise<User[]> {
  return userListSchema.parse((await server.v2('GET', '/v2/users')).json).users;
}

/** The stored password hash of a user. */
export function passwordHashOf(server: TestServer, id: string): string {
  const db = server.store.db;
  return db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(id) as string;
}

/** The id of the row of `table` whose `column` holds `value` (a seeded record, say). */
export function idWhere(server: TestServer, table: string, column: string, value: string): string {
  const db = server.store.db;
  return db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).pluck().get(value) as string;
}

/** The id of the organization's owner, read from the store. */
export function ownerIdOf(server: TestServer): string {
  return server.store.db.prepare('SELECT id FROM users WHERE is_owner = 1').pluck().get() as string;
}

/** Writes an organization of its own holding one user, straight into the store: its user's id. */
export function insertOutsider(server: TestServer): string {
  const db = server.store.db;
  const orgId = randomUUID();
  const userId = randomUUID();
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare("INSERT INTO organizations VALUES (?, 'Other Org', 'business', ?)").run(orgId, at);
  db.prepare(
    "INSERT INTO users (id, org_id, name, email, created_at) VALUES (?, ?, 'Outsider', ?, ?)",
  ).run(userId, orgId, `outsider-${userId}@other.test`, at);
  return userId;
}
