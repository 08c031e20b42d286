import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { loadConfig } from '../../config';
import { startTestServer } from '../../test-support';
import type { TestServer } from '../../test-support';
import { openEmbeddedStore } from '../bootstrap';
import { seeded } from '../sts/sts-test-kit';
import type { Db } from './database';
import {
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

const names = (db: Db) =>
  (
    db
      .prepare("SELECT session_name FROM assumed_role_sessions WHERE session_name LIKE 'p-%'")
      .pluck()
      .all() as string[]
  ).sort();

/** Rows as if written long ago: `ended` minutes before now, expired (or revoked, still valid). */
function insertHistory(
  db: Db,
  now: Date,
  count: number,
  endedMinutesAgo: number,
  revoked: boolean,
) {
  const orgId = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const roleId = db.prepare('SELECT id FROM roles LIMIT 1').pluck().get() as string;
  const ended = new Date(now.getTime() - endedMinutesAgo * MINUTE).toISOString();
  const start = new Date(now.getTime() - (endedMinutesAgo + 60) * MINUTE).toISOString();
  const expires = revoked ? new Date(now.getTime() + DAY).toISOString() : ended;
  const insert = db.prepare(`INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id,
    session_name, auth_method, access_key_id, secret_hash, token_suffix, assumed_at, expires_at,
    revoked_at, created_at) VALUES (?, ?, ?, ?, ?, 'api_key', 'ASIA', 'x', 'abcdef', ?, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `h-${endedMinutesAgo}-${revoked ? 'r' : 'e'}-${i}`;
      insert.run(
        `hash-${id}`,
        id,
        orgId,
        roleId,
        `p-${id}`,
        start,
        expires,
        revoked ? ended : null,
        start,
      );
    }
  })();
}

describe('ended sessions are purged after the audit window', () => {
  it('deletes sessions that expired or were revoked before the window, keeps the rest', async () => {
    const clock = new ManualClock(START);
    server = await startTestServer({ clock });
    const db = server.store.db;
    const days = SESSION_AUDIT_DAYS_DEFAULT;

    await newSession(server, 'p-expires-soon', 900); // ends START + 15 min
    const revokedId = await newSession(server, 'p-revoked', 3600);
    clock.advance(1 * MINUTE);
    revokeSession(db, revokedId, clock.now(), 'test'); // ended START + 1 min
    await newSession(server, 'p-long', 12 * 3600); // ends START + 12 h

    // Ten minutes past the window of the revoked one: only it goes (its expiry is still ahead
    // of the cutoff, its revocation is not).
    clock.set(new Date(Date.parse(START) + days * DAY + 10 * MINUTE));
    await newSession(server, 'p-active', 12 * 3600);
    expect(await purgeEndedSessions(db, clock, days)).toBe(1);
    expect(names(db)).toEqual(['p-active', 'p-expires-soon', 'p-long']);

    // Past the window of the expired one too.
    clock.advance(10 * MINUTE);
    expect(await purgeEndedSessions(db, clock, days)).toBe(1);
    expect(names(db)).toEqual(['p-active', 'p-long']);

    // The long session (begun a minute after START) ended 12 h later; the active one stays.
    clock.set(new Date(Date.parse(START) + days * DAY + 12 * 3600_000 + 2 * MINUTE));
    expect(await purgeEndedSessions(db, clock, days)).toBe(1);
    expect(names(db)).toEqual(['p-active']);

    // The active session is still usable and listed.
    const list = await server.v2('GET', '/v2/assumed-roles?per_page=100');
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).toContain('p-active');
  });

  it('purges a backlog in batches, yielding between them, and leaves rows inside the window', async () => {
    const clock = new ManualClock(START);
    server = await startTestServer({ clock });
    const db = server.store.db;
    const now = clock.now();
    insertHistory(db, now, 1500, 8 * 24 * 60, false); // expired 8 days ago
    insertHistory(db, now, 1200, 9 * 24 * 60, true); // revoked 9 days ago
    insertHistory(db, now, 300, 6 * 24 * 60, false); // expired 6 days ago: inside the window
    insertHistory(db, now, 200, 60, true); // revoked an hour ago

    // One step deletes at most its batch.
    expect(purgeEndedSessionsStep(db, purgeCutoff(now, 7), 1000)).toBe(1000);

    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const deleting = purgeEndedSessions(db, clock, 7, 500);
    // Requests are answered while the purge runs.
    const reply = await server.v2('GET', '/v2/roles');
    const deleted = await deleting;
    clearInterval(ticker);
    expect(reply.status).toBe(200);
    expect(deleted).toBe(1700);
    expect(turns).toBeGreaterThan(0);
    const left = db
      .prepare("SELECT count(*) FROM assumed_role_sessions WHERE session_name LIKE 'p-h-%'")
      .pluck()
      .get();
    expect(left).toBe(500);
  });

  it('finds ended sessions through their indexes, not by reading the table', async () => {
    server = await startTestServer({ clock: new ManualClock(START) });
    const db = server.store.db;
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 1) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(plan('SELECT rowid FROM assumed_role_sessions WHERE expires_at < ? LIMIT ?')).toMatch(
      /USING (COVERING )?INDEX assumed_role_sessions_expires/,
    );
    expect(
      plan(
        'SELECT rowid FROM assumed_role_sessions WHERE revoked_at IS NOT NULL AND revoked_at < ? LIMIT ?',
      ),
    ).toMatch(/USING (COVERING )?INDEX assumed_role_sessions_revoked/);
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
