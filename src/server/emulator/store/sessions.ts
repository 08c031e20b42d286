import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import type { ListQuery } from '../../../shared/schemas/common';
import { SESSION_DURATION_MAX } from '../../../shared/schemas/role';
import type { Clock } from '../../clock';
import type { Db } from './database';
import { hashSecret } from './api-keys';
import { paginate } from './pagination';
import { apiTime, storedTime } from './time';
import { tokenSealOf } from './token-seal';
import { NOT_FOUND } from '../not-found';

export const SESSION_NOT_FOUND = NOT_FOUND.session;
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
  token_sealed: string | null;
  assumed_at: string;
  expires_at: string;
  created_at: string;
}

/**
 * A session as the API answers it: govultr's fields (`session_token` … `expires_at`) and
 * OpenAPI's `id` and `oidc_issuer_id`.
 */
export interface Session {
  id: string;
  session_token: string;
  role_id: string;
  user_id: string;
  oidc_issuer_id: string;
  session_name: string;
  auth_method: string;
  remaining_duration: number;
  conditions_met: string[];
  source_ip: string;
  assumed_at: string;
  expires_at: string;
}

const SELECT = `s.*, r.name AS role_name`;
const FROM = `assumed_role_sessions s JOIN roles r ON r.id = s.role_id`;
/**
 * Active = not revoked, not expired, and the role still exists. Revoked sessions leave the table
 * at once and expired ones at the next sweep, so `revoked_at` is always null here; the condition
 * stays because the list indexes are partial on it.
 */
const ACTIVE = `s.revoked_at IS NULL AND s.expires_at > ? AND r.deleted_at IS NULL`;
/** A session of a user works only while the user may use the API (spec §9). */
const USER_ENABLED = `(s.user_id IS NULL OR
  EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id AND u.api_enabled = 1))`;

/** The form a session is listed in when its token cannot be shown: prefix and last characters. */
export const maskedToken = (suffix: string) => `${SESSION_TOKEN_PREFIX}…${suffix}`;

function toSession(row: SessionRow, now: Date, token: string | null): Session {
  return {
    id: row.id,
    session_token: token ?? maskedToken(row.token_suffix),
    role_id: row.role_id,
    user_id: row.user_id ?? '',
    oidc_issuer_id: row.oidc_issuer_id ?? '',
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

/** The session's own token, unsealed; null for sessions stored before tokens were kept. */
function unsealedToken(db: Db, row: SessionRow): string | null {
  return row.token_sealed ? tokenSealOf(db).open(row.token_sealed, row.id) : null;
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
  secret_hash, token_suffix, token_sealed, assumed_at, expires_at, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

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
    token_sealed: tokenSealOf(db).seal(token, id),
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
    row.token_sealed,
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
    .prepare(
      `SELECT ${SELECT} FROM ${FROM} WHERE s.token_hash = ? AND ${ACTIVE} AND ${USER_ENABLED}`,
    )
    .get(hashSecret(token), storedTime(now)) as SessionRow | undefined;
  return row ? { ...toSession(row, now, token), orgId: row.org_id } : null;
}

/** Who is asking for a session list: tokens are shown to the owner and to a session's own user. */
export interface SessionViewer {
  userId: string;
  isOwner: boolean;
  /** The viewer itself acts through an assumed-role session: it is shown no tokens. */
  viaSession: boolean;
}

function mayRevealToken(viewer: SessionViewer, row: SessionRow): boolean {
  if (viewer.viaSession) return false;
  return viewer.isOwner || (row.user_id !== null && row.user_id === viewer.userId);
}

/** An active session by its id, within an organization (the token masked). */
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

/** The columns an ended session keeps as its audit record (see migration 006). */
const ENDED_COLUMNS = `id, org_id, role_id, user_id, oidc_issuer_id, oidc_subject, session_name, auth_method,
  trust_id, conditions_met, source_ip, access_key_id, assumed_at, expires_at, revoked_at, revoked_by,
  ended_at, created_at`;
const ENDED_FROM_ACTIVE = `id, org_id, role_id, user_id, oidc_issuer_id, oidc_subject, session_name,
  auth_method, trust_id, conditions_met, source_ip, access_key_id, assumed_at, expires_at`;

/** Ends a session at once: it leaves the session table for the audit records, as revoked. */
export function revokeSession(db: Db, sessionId: string, now: Date, by: string): void {
  const at = storedTime(now);
  db.transaction(() => {
    const moved = db
      .prepare(
        `INSERT INTO ended_sessions (${ENDED_COLUMNS})
         SELECT ${ENDED_FROM_ACTIVE}, ?, ?, ?, created_at FROM assumed_role_sessions WHERE id = ?`,
      )
      .run(at, by, at, sessionId).changes;
    if (moved) db.prepare('DELETE FROM assumed_role_sessions WHERE id = ?').run(sessionId);
  })();
}

/** Ends every session of a user at once (the user was disabled or is being deleted). */
export function revokeUserSessions(db: Db, userId: string, now: Date, by: string): number {
  const at = storedTime(now);
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO ended_sessions (${ENDED_COLUMNS})
       SELECT ${ENDED_FROM_ACTIVE}, ?, ?, ?, created_at FROM assumed_role_sessions
        WHERE user_id = ? AND revoked_at IS NULL`,
    ).run(at, by, at, userId);
    return db
      .prepare('DELETE FROM assumed_role_sessions WHERE user_id = ? AND revoked_at IS NULL')
      .run(userId).changes;
  })();
}

/**
 * Active sessions, each with its token as Vultr lists them, for viewers allowed to see it; any
 * other viewer, and sessions stored before tokens were kept, get the masked form.
 */
export function listActiveSessions(
  db: Db,
  filter: { orgId: string; userId?: string; roleId?: string },
  viewer: SessionViewer,
  now: Date,
  query: ListQuery,
) {
  // An active session began at most its longest lifetime ago: the bound lets the (…, created_at)
  // indexes skip the ended sessions kept for the audit window instead of reading past them.
  const where = [`s.org_id = ?`, ACTIVE, 's.created_at > ?'];
  const params: unknown[] = [filter.orgId, storedTime(now), storedTime(earliestActiveStart(now))];
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
  return {
    sessions: rows.map((r) =>
      toSession(r, now, mayRevealToken(viewer, r) ? unsealedToken(db, r) : null),
    ),
    meta,
  };
}

/**
 * The earliest start of a session that may still be active: the longest session lifetime, plus a
 * day of margin for sessions written under an older, longer limit or with a clock that moved.
 */
function earliestActiveStart(now: Date): Date {
  return new Date(now.getTime() - (SESSION_DURATION_MAX + 86_400) * 1000);
}

/** How long an ended (expired or revoked) session is kept before it is deleted, by default. */
export const SESSION_AUDIT_DAYS_DEFAULT = 7;
/**
 * Rows deleted per purge step. Audit records are deleted in the order they were written, so a
 * step touches a few neighbouring pages: well under a millisecond.
 */
export const SESSION_PURGE_BATCH = 100;
/**
 * Sessions moved per sweep step. Each one leaves the session table's indexes (two of them keyed
 * by random values), so a step is kept small.
 */
export const SESSION_SWEEP_BATCH = 25;
/** The shortest pause between two steps. */
export const SESSION_PURGE_PAUSE_MS = 20;
/**
 * Steps pause at least this many times as long as they ran, so a long sweep or purge takes at
 * most a tenth of the server's time and requests are answered between its steps.
 */
export const SESSION_PURGE_DUTY = 9;
/** How often the purge runs while the server is up. */
export const SESSION_PURGE_INTERVAL_MS = 10 * 60 * 1000;

const DAY_MS = 86_400_000;

/** The instant before which a session must have ended to be purged. */
export function purgeCutoff(now: Date, auditDays: number): Date {
  return new Date(now.getTime() - auditDays * DAY_MS);
}

/**
 * One sweep step: moves at most `limit` sessions that expired before `now` from the session table
 * to the audit records, oldest first, in one transaction. Returns how many moved.
 */
export function archiveExpiredSessionsStep(db: Db, now: Date, limit = SESSION_SWEEP_BATCH): number {
  return db.transaction(() => {
    const rowids = db
      .prepare(
        'SELECT rowid FROM assumed_role_sessions WHERE expires_at <= ? ORDER BY expires_at LIMIT ?',
      )
      .pluck()
      .all(storedTime(now), limit) as number[];
    if (rowids.length === 0) return 0;
    const list = JSON.stringify(rowids);
    db.prepare(
      `INSERT INTO ended_sessions (${ENDED_COLUMNS})
       SELECT ${ENDED_FROM_ACTIVE}, NULL, NULL, expires_at, created_at FROM assumed_role_sessions
        WHERE rowid IN (SELECT value FROM json_each(?))`,
    ).run(list);
    db.prepare(
      'DELETE FROM assumed_role_sessions WHERE rowid IN (SELECT value FROM json_each(?))',
    ).run(list);
    return rowids.length;
  })();
}

/**
 * One purge step: deletes at most `limit` audit records of sessions that ended before `cutoff`,
 * oldest first, in one transaction. Returns how many went.
 */
export function purgeEndedSessionsStep(db: Db, cutoff: Date, limit = SESSION_PURGE_BATCH): number {
  return db
    .prepare(
      `DELETE FROM ended_sessions WHERE rowid IN
         (SELECT rowid FROM ended_sessions WHERE ended_at < ? ORDER BY ended_at LIMIT ?)`,
    )
    .run(storedTime(cutoff), limit).changes;
}

/**
 * Runs a sweep or purge step without its own fsync (synchronous=NORMAL for that commit): the next
 * request's commit, which does fsync, makes it durable too. A step lost to a power cut is only
 * done again by the next run; nothing a client was told depends on it.
 */
function relaxedSync<T>(db: Db, step: () => T): T {
  db.pragma('synchronous = NORMAL');
  try {
    return step();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

/**
 * Repeats a step of `batch` rows until one does less, pausing between steps at least
 * SESSION_PURGE_PAUSE_MS and SESSION_PURGE_DUTY times the step's own run time; the total done.
 */
async function paced(db: Db, step: () => number, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    if (!db.open) return total;
    const began = performance.now();
    const done = relaxedSync(db, step);
    total += done;
    if (done < batch) return total;
    const took = performance.now() - began;
    await pause(Math.max(SESSION_PURGE_PAUSE_MS, SESSION_PURGE_DUTY * took));
  }
}

/**
 * Moves every expired session to the audit records, in paced steps of `batch` rows. Returns how
 * many moved.
 */
export function archiveExpiredSessions(
  db: Db,
  clock: Clock,
  batch = SESSION_SWEEP_BATCH,
): Promise<number> {
  return paced(db, () => archiveExpiredSessionsStep(db, clock.now(), batch), batch);
}

/**
 * Deletes the audit record of every session that ended more than `auditDays` ago, in steps of
 * `batch` rows with a pause between them, so requests keep being answered during a long purge.
 * Stops early when the database is closed. Returns how many records were deleted.
 */
export function purgeEndedSessions(
  db: Db,
  clock: Clock,
  auditDays: number,
  batch = SESSION_PURGE_BATCH,
): Promise<number> {
  return paced(
    db,
    () => purgeEndedSessionsStep(db, purgeCutoff(clock.now(), auditDays), batch),
    batch,
  );
}

export interface SessionPurge {
  /** Resolves when the purge now running (if any) has finished. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Sweeps expired sessions into the audit records and purges the records past the audit window,
 * now and then every `intervalMs` (the timer does not keep the process alive, and stops itself
 * once the database is closed). A run never overlaps the previous one.
 */
export function startSessionPurge(
  db: Db,
  clock: Clock,
  options: {
    auditDays: number;
    intervalMs?: number;
    batch?: number;
    onError?: (error: unknown) => void;
  },
): SessionPurge {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    if (!db.open) {
      clearInterval(timer);
      return;
    }
    running = archiveExpiredSessions(db, clock)
      .then(() => purgeEndedSessions(db, clock, options.auditDays, options.batch))
      .then(
        () => undefined,
        (error: unknown) => options.onError?.(error),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, options.intervalMs ?? SESSION_PURGE_INTERVAL_MS);
  timer.unref();
  run();
  return {
    idle: () => running ?? Promise.resolve(),
    stop: () => clearInterval(timer),
  };
}
