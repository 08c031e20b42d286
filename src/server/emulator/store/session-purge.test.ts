import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { loadConfig } from '../../config';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';
import { openEmbeddedStore } from '../bootstrap';
import { seeded } from '../../testing/sts-test-kit';
import type { Db } from './database';
import { listMigrations, migrate } from './database';
import {
  archiveExpiredSessions,
  archiveExpiredSessionsStep,
  insertSession,
  purgeEndedSessions,
  purgeEndedSessionsStep,
  purgeCutoff,
  revokeSession,
  SESSION_AUDIT_DAYS_DEFAULT,
} from './sessions';

const MINUTE = 60_000;
const DAY = 86_400_000;
const START = '2026-11-23T09:00:00.000Z';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function newSession(srv: TestServer, name: string, durationSeconds: number) {
  const s = seeded(srv);
  const roleName = 'Break-glass Administrator';
  const issued = await insertSession(srv.store.db, srv.clock.now(), {
    orgId: s.orgId,
    roleId: s.roleId(roleName),
    roleName,
    userId: s.userId('Blake Chen'),
    oidcIssuerId: null,
    oidcSubject: null,
    sessionName: name,
    authMethod: 'api_key',
    trustId: '',
    conditionsMet: [],
    sourceIp: '127.0.0.1',
    durationSeconds,
  });
  return issued.session.id;
}

const names = (db: Db, table = 'assumed_role_sessions') =>
  (
    db
      .prepare(`SELECT session_name FROM ${table} WHERE session_name LIKE 'p-%'`)
      .pluck()
      .all() as string[]
  ).sort();
const ended = (db: Db) => names(db, 'ended_sessions');
const count = (db: Db, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE session_name LIKE 'p-h-%'`).pluck().get();

/** Audit records as if written long ago: sessions that ended `endedMinutesAgo` minutes before now. */
function insertEnded(db: Db, now: Date, n: number, endedMinutesAgo: number, revoked: boolean) {
  const orgId = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const roleId = db.prepare('SELECT id FROM roles LIMIT 1').pluck().get() as string;
  const end = new Date(now.getTime() - endedMinutesAgo * MINUTE).toISOString();
  const start = new Date(now.getTime() - (endedMinutesAgo + 60) * MINUTE).toISOString();
  const expires = revoked ? new Date(now.getTime() + DAY).toISOString() : end;
  const insert = db.prepare(`INSERT INTO ended_sessions (id, org_id, role_id, session_name,
    auth_method, conditions_met, source_ip, access_key_id, assumed_at, expires_at, revoked_at,
    ended_at, created_at) VALUES (?, ?, ?, ?, 'api_key', '[]', '', 'ASIA', ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = `h-${endedMinutesAgo}-${revoked ? 'r' : 'e'}-${i}`;
      insert.run(id, orgId, roleId, `p-${id}`, start, expires, revoked ? end : null, end, start);
    }
  })();
}

/** Sessions still in the session table that expired `minutesAgo` minutes before now (not yet swept). */
function insertExpired(db: Db, now: Date, n: number, minutesAgo: number) {
  const orgId = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const roleId = db.prepare('SELECT id FROM roles LIMIT 1').pluck().get() as string;
  const end = new Date(now.getTime() - minutesAgo * MINUTE).toISOString();
  const start = new Date(now.getTime() - (minutesAgo + 60) * MINUTE).toISOString();
  const insert = db.prepare(`INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id,
    session_name, auth_method, access_key_id, secret_hash, token_suffix, assumed_at, expires_at,
    created_at) VALUES (?, ?, ?, ?, ?, 'api_key', 'ASIA', 'x', 'abcdef', ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = `h-x-${minutesAgo}-${i}`;
      insert.run(`hash-${id}`, id, orgId, roleId, `p-${id}`, start, end, start);
    }
  })();
}

describe('ended sessions leave the session table and are purged after the audit window', () => {
  it('moves revoked sessions at once and expired ones at the sweep; deletes records past the window', async () => {
    const clock = new ManualClock(START);
    server = await startTestServer({ clock });
    const db = server.store.db;
    const days = SESSION_AUDIT_DAYS_DEFAULT;

    await newSession(server, 'p-expires-soon', 900); // ends START + 15 min
    const revokedId = await newSession(server, 'p-revoked', 3600);
    clock.advance(1 * MINUTE);
    revokeSession(db, revokedId, clock.now(), 'test'); // ended START + 1 min
    expect(names(db)).toEqual(['p-expires-soon']);
    expect(ended(db)).toEqual(['p-revoked']);
    const record = db
      .prepare("SELECT * FROM ended_sessions WHERE session_name = 'p-revoked'")
      .get() as Record<string, unknown>;
    expect(record).toMatchObject({ revoked_by: 'test', ended_at: clock.now().toISOString() });
    // The audit record cannot be used: it keeps no token or secret digest.
    expect(Object.keys(record)).not.toContain('token_hash');
    expect(Object.keys(record)).not.toContain('secret_hash');
    await newSession(server, 'p-long', 12 * 3600); // ends START + 1 min + 12 h

    // Ten minutes past the window of the revoked one: the expired ones move (both ended long ago),
    // the revoked one goes.
    clock.set(new Date(Date.parse(START) + days * DAY + 10 * MINUTE));
    await newSession(server, 'p-active', 12 * 3600);
    await archiveExpiredSessions(db, clock);
    await purgeEndedSessions(db, clock, days);
    expect(names(db)).toEqual(['p-active']);
    expect(ended(db)).toEqual(['p-expires-soon', 'p-long']);

    // Past the window of the one that expired at START + 15 min, not yet of the long one.
    clock.advance(10 * MINUTE);
    await purgeEndedSessions(db, clock, days);
    expect(ended(db)).toEqual(['p-long']);

    // Past the window of the long one too; the active one stays.
    clock.set(new Date(Date.parse(START) + days * DAY + 12 * 3600_000 + 2 * MINUTE));
    await archiveExpiredSessions(db, clock);
    await purgeEndedSessions(db, clock, days);
    expect(names(db)).toEqual(['p-active']);
    expect(ended(db)).toEqual([]);

    // The active session is still usable and listed.
    const list = await server.v2('GET', '/v2/assumed-roles?per_page=100');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).toContain('p-active');
  });

  it('works through a backlog in batches, yielding between them, and leaves rows inside the window', async () => {
    const clock = new ManualClock(START);
    server = await startTestServer({ clock });
    const db = server.store.db;
    const now = clock.now();
    insertEnded(db, now, 1500, 8 * 24 * 60, false); // expired 8 days ago
    insertEnded(db, now, 1200, 9 * 24 * 60, true); // revoked 9 days ago
    insertEnded(db, now, 300, 6 * 24 * 60, false); // expired 6 days ago: inside the window
    insertEnded(db, now, 200, 60, true); // revoked an hour ago
    insertExpired(db, now, 700, 5); // expired five minutes ago, not yet swept

    // One step does at most its batch.
    expect(purgeEndedSessionsStep(db, purgeCutoff(now, 7), 1000)).toBe(1000);
    expect(archiveExpiredSessionsStep(db, now, 400)).toBe(400);

    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const moving = archiveExpiredSessions(db, clock, 100);
    const deleting = purgeEndedSessions(db, clock, 7, 500);
    // Requests are answered while both run.
    const reply = await server.v2('GET', '/v2/roles');
    const moved = await moving;
    const deleted = await deleting;
    clearInterval(ticker);
    expect(reply.status).toBe(200);
    expect(moved).toBe(300);
    expect(deleted).toBe(1700);
    expect(turns).toBeGreaterThan(0);
    expect(count(db, 'assumed_role_sessions')).toBe(0);
    expect(count(db, 'ended_sessions')).toBe(500 + 700);
  });

  it('finds what to move and what to delete through indexes, not by reading the table', async () => {
    server = await startTestServer({ clock: new ManualClock(START) });
    const db = server.store.db;
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 1) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(
      plan(
        'SELECT rowid FROM assumed_role_sessions WHERE expires_at <= ? ORDER BY expires_at LIMIT ?',
      ),
    ).toMatch(/USING (COVERING )?INDEX assumed_role_sessions_expires/);
    expect(
      plan('SELECT rowid FROM ended_sessions WHERE ended_at < ? ORDER BY ended_at LIMIT ?'),
    ).toMatch(/USING (COVERING )?INDEX ended_sessions_ended/);
  });

  it('moves the revoked sessions of an older database to the audit records when migrating', () => {
    const db = new Database(':memory:');
    const all = listMigrations();
    migrate(
      db,
      all.filter((m) => m.version <= 5),
    );
    db.prepare(
      "INSERT INTO organizations (id, name, type, created_at) VALUES ('o', 'Org', 'x', 'x')",
    ).run();
    db.prepare(
      `INSERT INTO roles (id, org_id, name, description, role_type, max_session_duration, created_at, updated_at)
       VALUES ('r', 'o', 'R', '', 'assumable', 3600, 'x', 'x')`,
    ).run();
    const insert = db.prepare(`INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id,
      session_name, auth_method, access_key_id, secret_hash, token_suffix, assumed_at, expires_at,
      revoked_at, revoked_by, created_at)
      VALUES (?, ?, 'o', 'r', ?, 'api_key', 'ASIA', 'x', 'abcdef', 'a', ?, ?, ?, 'a')`);
    insert.run('h1', 's1', 'p-live', '2026-12-01T10:00:00.000Z', null, null);
    insert.run(
      'h2',
      's2',
      'p-revoked',
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T09:00:00.000Z',
      'u',
    );
    migrate(db, all);
    expect(names(db)).toEqual(['p-live']);
    expect(db.prepare('SELECT id, ended_at, revoked_by FROM ended_sessions').all()).toEqual([
      { id: 's2', ended_at: '2026-12-01T09:00:00.000Z', revoked_by: 'u' },
    ]);
    db.close();
  });

  it('runs at start: a restarted server deletes what ended while it was down', async () => {
    const clock = new ManualClock(START);
    server = await startTestServer({ clock });
    await newSession(server, 'p-old', 900);
    await server.close({ keepData: true });
    const dataDir = server.dataDir;
    server = null;

    clock.set(new Date(Date.parse(START) + 30 * DAY));
    const store = openEmbeddedStore(dataDir, clock, null, { sessionAuditDays: 7 });
    try {
      await store.sessionPurge.idle();
      expect(names(store.db)).toEqual([]);
      expect(ended(store.db)).toEqual([]);
    } finally {
      store.sessionPurge.stop();
      store.db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps ended sessions for SESSION_AUDIT_DAYS days (7 unless set)', () => {
    expect(loadConfig({}).sessionAuditDays).toBe(7);
    expect(loadConfig({ SESSION_AUDIT_DAYS: '30' }).sessionAuditDays).toBe(30);
    expect(loadConfig({ SESSION_AUDIT_DAYS: '0' }).sessionAuditDays).toBe(0);
    expect(() => loadConfig({ SESSION_AUDIT_DAYS: '-1' })).toThrow(/SESSION_AUDIT_DAYS/);
    expect(() => loadConfig({ SESSION_AUDIT_DAYS: 'week' })).toThrow(/SESSION_AUDIT_DAYS/);
  });
});
