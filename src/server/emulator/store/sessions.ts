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

const INSERT_SESSION = `INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id, user_id,
  oidc_issuer_id, oidc_subject, session_name, auth_method, trust_id, conditions_met, source_ip, access_key_id,
  secret_hash, token_suffix, assumed_at, expires_at, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Writes sessions in batches: every insert queued while the event loop handles one round of
 * I/O goes into one transaction, so one fsync covers them all. Each caller's promise settles
 * only once its row is committed, so a session is on disk before it is handed out.
 */
class SessionWriter {
  private queue: { params: unknown[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  write(params: unknown[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ params, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush() {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const insert = this.db.prepare(INSERT_SESSION);
    try {
      this.db.transaction(() => {
        for (const item of batch) insert.run(...item.params);
      })();
      for (const item of batch) item.resolve();
    } catch {
      // One bad row must not fail its neighbours: write them one by one.
      for (const item of batch) {
        try {
          insert.run(...item.params);
          item.resolve();
        } catch (error) {
          item.reject(error);
        }
      }
    }
  }
}

const writers = new WeakMap<Db, SessionWriter>();

export async function insertSession(
  db: Db,
  now: Date,
  s: NewSession & { roleName: string },
): Promise<IssuedSession> {
  const token = `${SESSION_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const secretAccessKey = randomBytes(30).toString('base64');
  const keyId = accessKeyId();
  const id = randomUUID();
  const at = storedTime(now);
  const expiresAt = new Date(now.getTime() + s.durationSeconds * 1000);
  const row: SessionRow = {
    id,
    org_id: s.orgId,
    role_id: s.roleId,
    role_name: s.roleName,
    user_id: s.userId,
    oidc_issuer_id: s.oidcIssuerId,
    oidc_subject: s.oidcSubject,
    session_name: s.sessionName,
    auth_method: s.authMethod,
    conditions_met: JSON.stringify(s.conditionsMet),
    source_ip: s.sourceIp,
    token_suffix: token.slice(-6),
    assumed_at: at,
    expires_at: storedTime(expiresAt),
    created_at: at,
  };
  let writer = writers.get(db);
  if (!writer) {
    writer = new SessionWriter(db);
    writers.set(db, writer);
  }
  await writer.write([
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
    row.conditions_met,
    s.sourceIp,
    keyId,
    hashSecret(secretAccessKey),
    row.token_suffix,
    at,
    row.expires_at,
    at,
  ]);
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
