import { randomBytes, randomUUID, scrypt } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type { UserCreateValues, UserUpdateValues } from '../../../shared/schemas/user';
import { conflict } from './store-error';
import type { WriteContext } from './write-context';
import { generateApiKey, storeApiKey } from './api-keys';
import type { Db } from './database';
import { paginate } from './pagination';
import { findOrgRow, orgRows, refuseWhileReferenced, requireOrgRow } from './records';
import { apiTime } from './time';
import { revokeUserSessions } from './sessions';
import { NOT_FOUND } from '../not-found';

export const USER_NOT_FOUND = NOT_FOUND.user;

/**
 * A user as the emulator answers it: govultr's fields (`id` … `acls`), OpenAPI's `first_name` and
 * `last_name`, and `date_created` (the emulator's own).
 */
export interface User {
  id: string;
  name: string;
  email: string;
  api_enabled: boolean;
  service_user: boolean;
  acls: string[];
  first_name: string;
  last_name: string;
  date_created: string;
}
export type UserCreated = User & { api_key: string };

export interface UserRow {
  id: string;
  org_id: string;
  name: string;
  email: string;
  api_enabled: number;
  service_user: number;
  is_owner: number;
  first_name: string | null;
  last_name: string | null;
  created_at: string;
}

/** The columns a user object needs; never the password hash. */
const USER_COLUMNS =
  'id, org_id, name, email, api_enabled, service_user, is_owner, first_name, last_name, created_at';

/** A name's parts when none were given: the first word, and the rest. */
export function nameParts(name: string): { first_name: string; last_name: string } {
  const trimmed = name.trim();
  const space = trimmed.search(/\s/);
  if (space < 0) return { first_name: trimmed, last_name: '' };
  return { first_name: trimmed.slice(0, space), last_name: trimmed.slice(space).trim() };
}

export function userFromRow(row: UserRow): User {
  const parts =
    row.first_name !== null && row.last_name !== null
      ? { first_name: row.first_name, last_name: row.last_name }
      : nameParts(row.name);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    api_enabled: row.api_enabled === 1,
    service_user: row.service_user === 1,
    acls: [],
    ...parts,
    date_created: apiTime(row.created_at),
  };
}

/**
 * A scrypt hash with a random salt, self-describing so the cost can change later:
 * `scrypt$N$r$p$<salt>$<hash>` (base64url). Async so hashing does not stall other requests.
 */
export function hashPassword(password: string): Promise<string> {
  const N = 16_384;
  const r = 8;
  const p = 1;
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(password, salt, 32, { N, r, p }, (error, hash) => {
      if (error) reject(error);
      else
        resolve(
          `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`,
        );
    });
  });
}

export function listUsers(db: Db, orgId: string, query: ListQuery) {
  const { rows, meta } = paginate<UserRow>(
    db,
    orgRows('users', orgId, { columns: USER_COLUMNS }),
    query,
  );
  return { users: rows.map(userFromRow), meta };
}

export function findUser(db: Db, orgId: string, id: string): User | null {
  const row = findOrgRow<UserRow>(db, 'users', orgId, id, { columns: USER_COLUMNS });
  return row ? userFromRow(row) : null;
}

/** The user or a 404 `Invalid user`; another organization's users do not exist here. */
export function requireUserRow(db: Db, orgId: string, id: string): UserRow {
  return requireOrgRow<UserRow>(db, 'users', orgId, id, USER_NOT_FOUND, { columns: USER_COLUMNS });
}

function assertEmailFree(db: Db, orgId: string, email: string, exceptId: string | null) {
  const taken = db
    .prepare('SELECT 1 FROM users WHERE org_id = ? AND lower(email) = lower(?) AND id IS NOT ?')
    .get(orgId, email, exceptId);
  if (taken) throw conflict(`a user with email "${email}" already exists`);
}

/**
 * Creates a user (and its API key when API access is on); the plain key is returned once, here.
 * `parts` are the first and last name as the request gave them, kept beside `name`. A null
 * `passwordHash` makes a user with no password, who signs in with its API key only (the demo's).
 */
export function createUser(
  db: Db,
  ctx: WriteContext,
  values: Omit<UserCreateValues, 'password'>,
  passwordHash: string | null,
  parts: { first_name: string; last_name: string } | null = null,
): UserCreated {
  const id = randomUUID();
  const apiKey = values.api_enabled ? generateApiKey() : '';
  db.transaction(() => {
    assertEmailFree(db, ctx.orgId, values.email, null);
    db.prepare(
      `INSERT INTO users (id, org_id, name, email, password_hash, api_enabled, service_user, is_owner,
         first_name, last_name, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    ).run(
      id,
      ctx.orgId,
      values.name,
      values.email,
      passwordHash,
      values.api_enabled ? 1 : 0,
      values.service_user ? 1 : 0,
      parts?.first_name ?? null,
      parts?.last_name ?? null,
      ctx.at,
      ctx.userId,
    );
    if (apiKey) storeApiKey(db, id, apiKey, ctx.at);
  })();
  const user = findUser(db, ctx.orgId, id);
  if (!user) throw new Error('created user vanished');
  return { ...user, api_key: apiKey };
}

/**
 * Creates an organization's owner: created by no one, with no password, and with the API key
 * given (the server's own credential, e.g. EMULATOR_API_KEY). Only the demo seed makes one.
 */
export function createOwner(
  db: Db,
  orgId: string,
  values: { name: string; email: string },
  apiKey: string,
  at: string,
): User {
  const id = randomUUID();
  db.transaction(() => {
    assertEmailFree(db, orgId, values.email, null);
    db.prepare(
      `INSERT INTO users (id, org_id, name, email, api_enabled, service_user, is_owner, created_at, created_by)
       VALUES (?, ?, ?, ?, 1, 0, 1, ?, NULL)`,
    ).run(id, orgId, values.name, values.email, at);
    storeApiKey(db, id, apiKey, at);
  })();
  const owner = findUser(db, orgId, id);
  if (!owner) throw new Error('created owner vanished');
  return owner;
}

/** Applies the given fields; omitted ones stay as they are. */
export function updateUser(
  db: Db,
  ctx: WriteContext,
  id: string,
  changes: Omit<UserUpdateValues, 'password'>,
  passwordHash: string | null,
): User {
  return db.transaction(() => {
    const row = requireUserRow(db, ctx.orgId, id);
    // The owner's key is the server's own credential: switching it off would lock everyone out.
    if (row.is_owner === 1 && changes.api_enabled === false) {
      throw conflict("the organization owner's API access cannot be disabled");
    }
    if (changes.email !== undefined) assertEmailFree(db, ctx.orgId, changes.email, id);
    const sets: string[] = [];
    const params: unknown[] = [];
    const set = (column: string, value: unknown) => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (changes.name !== undefined && changes.name !== row.name) {
      // A new name replaces the parts it was made of: they are read from it again.
      set('name', changes.name);
      set('first_name', null);
      set('last_name', null);
    }
    if (changes.email !== undefined) set('email', changes.email);
    if (changes.api_enabled !== undefined) set('api_enabled', changes.api_enabled ? 1 : 0);
    if (changes.service_user !== undefined) set('service_user', changes.service_user ? 1 : 0);
    if (passwordHash !== null) set('password_hash', passwordHash);
    if (sets.length > 0) {
      db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
    }
    // A user switched off loses its sessions too, not only its API keys.
    if (changes.api_enabled === false) revokeUserSessions(db, id, new Date(ctx.at), ctx.userId);
    return userFromRow(requireUserRow(db, ctx.orgId, id));
  })();
}

/** Hard delete; sessions end first; keys, memberships, assignments and trusts naming the user go with it (FK cascade). */
export function deleteUser(db: Db, ctx: WriteContext, id: string): void {
  db.transaction(() => {
    const row = requireUserRow(db, ctx.orgId, id);
    if (row.is_owner === 1) throw conflict('the organization owner cannot be deleted');
    if (row.id === ctx.userId) throw conflict('you cannot delete your own user');
    // Its sessions end with an audit record before the user goes.
    revokeUserSessions(db, id, new Date(ctx.at), ctx.userId);
    refuseWhileReferenced(`user "${row.name}" is still referenced and cannot be deleted`, () =>
      db.prepare('DELETE FROM users WHERE id = ?').run(id),
    );
  })();
}

/** Whether the organization has a user with this id. */
export function userExists(db: Db, orgId: string, id: string): boolean {
  return findOrgRow(db, 'users', orgId, id, { columns: '1' }) !== null;
}

/** A user's id, name and email across organizations (for embedded mode's "call as"), or null. */
export function userContact(
  db: Db,
  id: string,
): { id: string; name: string; email: string } | null {
  const row = db.prepare('SELECT id, name, email FROM users WHERE id = ?').get(id) as
    { id: string; name: string; email: string } | undefined;
  return row ?? null;
}

/** Every user's id, name and email, by name. */
export function allUserContacts(db: Db): { id: string; name: string; email: string }[] {
  return db.prepare('SELECT id, name, email FROM users ORDER BY name COLLATE NOCASE, id').all() as {
    id: string;
    name: string;
    email: string;
  }[];
}
