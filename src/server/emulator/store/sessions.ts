import { randomBytes, randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type { Session } from '../../../shared/schemas/session';
import type { Db } from './database';
import { hashSecret } from './api-keys';
import { paginate } from './pagination';
import { apiTime, storedTime } from './time';

export const SESSION_NOT_FOUND = 'Assumed Role Not Found';
export const SESSION_TOKEN_PREFIX = 'ars-';

interface SessionRow {
  id: string;
  org_id: string;
  role_id: string;
  role_name: string;
  user_id: string | null;
  oidc_issuer_id: string | null;
  oidc_subject: string | null;
  session_name: string;
  auth_method: 'api_key' | 'oidc';
  conditions_met: string;
  source_ip: string;
  token_suffix: string;
  assumed_at: string;
  expires_at: string;
  created_at: string;
}

const SELECT = `s.*, r.name AS role_name`;
const FROM = `assumed_role_sessions s JOIN roles r ON r.id = s.role_id`;
/** Active = not revoked, not expired, and the role still exists. */
const ACTIVE = `s.revoked_at IS NULL AND s.expires_at > ? AND r.deleted_at IS NULL`;

/** A session; the full token only when the caller already holds it (create, read by token). */
function toSession(row: SessionRow, now: Date, token: string | null): Session {
  return {
    id: row.id,
    session_token: token ?? `${SESSION_TOKEN_PREFIX}…${row.token_suffix}`,
    token_suffix: row.token_suffix,
    role_id: row.role_id,
    role_name: row.role_name,
    user_id: row.user_id ?? '',
    oidc_issuer_id: row.oidc_issuer_id ?? '',
    oidc_subject: row.oidc_subject ?? '',
    session_name: row.session_name,
    auth_method: row.auth_method,
    remaining_duration: Math.max(
      0,
      Math.floor((Date.parse(row.expires_at) - now.getTime()) / 1000),
    ),
    conditions_met: JSON.parse(row.conditions_met) as string[],
    source_ip: row.source_ip,
    assumed_at: apiTime(row.assumed_at),
    expires_at: apiTime(row.expires_at),
  };
}

export interface NewSession {
  orgId: string;
  roleId: string;
  userId: string | null;
  oidcIssuerId: string | null;
  oidcSubject: string | null;
  sessionName: string;
  authMethod: 'api_key' | 'oidc';
  trustId: string;
  conditionsMet: string[];
  sourceIp: string;
  durationSeconds: number;
}

export interface IssuedSession {
  session: Session;
  token: string;
  accessKeyId: string;
  secretAccessKey: string;
  expiresAt: Date;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function accessKeyId(): string {
  let id = 'ASIA';
  for (const b of randomBytes(16)) id += BASE32[b % 32];
  return id;
}

export function insertSession(db: Db, now: Date, s: NewSession): IssuedSession {
  const token = `${SESSION_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const secretAccessKey = randomBytes(30).toString('base64');
  const keyId = accessKeyId();
  const id = randomUUID();
  const at = storedTime(now);
  const expiresAt = new Date(now.getTime() + s.durationSeconds * 1000);
  db.prepare(
    `INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id, user_id, oidc_issuer_id, oidc_subject,
       session_name, auth_method, trust_id, conditions_met, source_ip, access_key_id, secret_hash, token_suffix,
       assumed_at, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    hashSecret(token),
    id,
    s.orgId,
    s.roleId,
    s.userId,
    s.oidcIssuerId,
    s.oidcSubject,
    s.sessionName,
    s.authMethod,
    s.trustId,
    JSON.stringify(s.conditionsMet),
    s.sourceIp,
    keyId,
    hashSecret(secretAccessKey),
    token.slice(-6),
    at,
    storedTime(expiresAt),
    at,
  );
  const row = db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE s.id = ?`).get(id) as SessionRow;
  return {
    session: toSession(row, now, token),
    token,
    accessKeyId: keyId,
    secretAccessKey,
    expiresAt,
  };
}

/** The active session a token names, or null (unknown, revoked, expired, or role deleted). */
export function findActiveSession(
  db: Db,
  token: string,
  now: Date,
): (Session & { orgId: string }) | null {
  const row = db
    .prepare(`SELECT ${SELECT} FROM ${FROM} WHERE s.token_hash = ? AND ${ACTIVE}`)
    .get(hashSecret(token), storedTime(now)) as SessionRow | undefined;
  return row ? { ...toSession(row, now, token), orgId: row.org_id } : null;
}

/** An active session by its id, within an organization. */
export function findActiveSessionById(
  db: Db,
  orgId: string,
  id: string,
  now: Date,
): Session | null {
  const row = db
    .prepare(`SELECT ${SELECT} FROM ${FROM} WHERE s.id = ? AND s.org_id = ? AND ${ACTIVE}`)
    .get(id, orgId, storedTime(now)) as SessionRow | undefined;
  return row ? toSession(row, now, null) : null;
}

export function revokeSession(db: Db, sessionId: string, now: Date, by: string): void {
  db.prepare(
    'UPDATE assumed_role_sessions SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
  ).run(storedTime(now), by, sessionId);
}

export function listActiveSessions(
  db: Db,
  filter: { orgId: string; userId?: string; roleId?: string },
  now: Date,
  query: ListQuery,
) {
  const where = [`s.org_id = ?`, ACTIVE];
  const params: unknown[] = [filter.orgId, storedTime(now)];
  let list = 'sessions';
  if (filter.userId) {
    where.push('s.user_id = ?');
    params.push(filter.userId);
    list += `:user:${filter.userId}`;
  }
  if (filter.roleId) {
    where.push('s.role_id = ?');
    params.push(filter.roleId);
    list += `:role:${filter.roleId}`;
  }
  const { rows, meta } = paginate<SessionRow>(
    db,
    { list, from: FROM, alias: 's', where: where.join(' AND '), params, select: SELECT },
    query,
  );
  return { sessions: rows.map((r) => toSession(r, now, null)), meta };
}
