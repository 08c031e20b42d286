import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database';

/** A caller authenticated by a Bearer token. */
export interface Caller {
  /** The user (for an OIDC session with no user: the session id, recorded as the author of writes). */
  userId: string;
  orgId: string;
  name: string;
  isOwner: boolean;
  /** Set when the Bearer token is an assumed-role session token. */
  session?: { id: string; roleId: string };
}

/** A new API key: 36 upper-case base32-like characters, as Vultr's keys look. */
export function generateApiKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = randomBytes(36);
  let key = '';
  for (const b of bytes) key += alphabet[b % 32];
  return key;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function storeApiKey(db: Db, userId: string, key: string, at: string): void {
  db.prepare('INSERT INTO api_keys (key_hash, user_id, created_at) VALUES (?, ?, ?)').run(
    hashSecret(key),
    userId,
    at,
  );
}

export function callerForApiKey(db: Db, key: string): Caller | null {
  const row = db
    .prepare(
      `SELECT u.id AS userId, u.org_id AS orgId, u.name AS name, u.is_owner AS isOwner
         FROM api_keys k JOIN users u ON u.id = k.user_id
        WHERE k.key_hash = ? AND u.api_enabled = 1`,
    )
    .get(hashSecret(key)) as
    { userId: string; orgId: string; name: string; isOwner: number } | undefined;
  return row ? { ...row, isOwner: row.isOwner === 1 } : null;
}
