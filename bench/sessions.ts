// AssumeRole with a large history of ended sessions: an empty session table, then 1,000,000
// expired/revoked sessions kept for audit (inside the window), then a restart over 1,000,000
// sessions past the window, so the purge deletes them while the load runs.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnConsole } from '../src/server/spawn-console';
import { mergeLoads, printLoad, runLoad } from './load';
import type { LoadRequest, LoadResult } from './load';

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const HISTORY = Number(process.env.BENCH_SESSIONS ?? 1_000_000);
const STS_PATH = '/v2/assumed-roles/compatibility/aws/sts';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Server {
  url: string;
  child: ChildProcess;
}

async function start(dataDir: string, ownerKey: string): Promise<Server> {
  const { url, child } = await spawnConsole({
    dataDir,
    ownerKey,
    env: { SESSION_AUDIT_DAYS: '7' },
    timeoutMs: 60_000,
  });
  return { url, child };
}

async function stop(server: Server) {
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

/**
 * Writes `count` ended sessions in one transaction, each ended `endedAgoMs` before now: as audit
 * records (where the server keeps a session once it is revoked or swept as expired), or, with
 * `unswept`, as expired sessions still in the session table (what a server finds after downtime).
 */
function insertHistory(
  file: string,
  count: number,
  endedAgoMs: number,
  label: string,
  unswept = false,
) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const orgId = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const roleId = db
    .prepare("SELECT id FROM roles WHERE name = 'Break-glass Administrator'")
    .pluck()
    .get() as string;
  const now = Date.now();
  const record = db.prepare(`INSERT INTO ended_sessions (id, org_id, role_id, session_name,
    auth_method, conditions_met, source_ip, access_key_id, assumed_at, expires_at, revoked_at,
    revoked_by, ended_at, created_at)
    VALUES (?, ?, ?, ?, 'api_key', '[]', '127.0.0.1', 'ASIAHISTORY', ?, ?, ?, ?, ?, ?)`);
  const expired = db.prepare(`INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id,
    session_name, auth_method, access_key_id, secret_hash, token_suffix, assumed_at, expires_at,
    created_at) VALUES (?, ?, ?, ?, ?, 'api_key', 'ASIAHISTORY', 'x', 'abcdef', ?, ?, ?)`);
  const began = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      // Spread over the hour before, in the order they ended (the order the server writes them);
      // every fourth one revoked early, the rest expired.
      const end = now - endedAgoMs - HOUR + Math.floor((i * HOUR) / count);
      const startAt = new Date(end - HOUR).toISOString();
      const endAt = new Date(end).toISOString();
      const id = `${label}-${i}-${randomBytes(4).toString('hex')}`;
      if (unswept) {
        expired.run(`hash-${id}`, id, orgId, roleId, `history-${i}`, startAt, endAt, startAt);
        continue;
      }
      const revoked = i % 4 === 0;
      record.run(
        id,
        orgId,
        roleId,
        `history-${i}`,
        startAt,
        revoked ? new Date(end + HOUR).toISOString() : endAt,
        revoked ? endAt : null,
        revoked ? 'bench' : null,
        endAt,
        startAt,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // History is old and long on disk in a real store: flush it now, so that the kernel writing it
  // back does not slow the fsyncs of the next measurement.
  execFileSync('sync');
  process.stdout.write(
    `  (${count.toLocaleString('en')} ended sessions written in ${((Date.now() - began) / 1000).toFixed(1)} s)\n`,
  );
}

/** Rows in the session table and audit records. */
function countSessions(file: string): { active: number; ended: number } {
  const db = new Database(file, { readonly: true });
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const counts = { active: n('assumed_role_sessions'), ended: n('ended_sessions') };
  db.close();
  return counts;
}

const fmt = (n: number) => n.toLocaleString('en');

interface Store {
  dataDir: string;
  file: string;
  ownerKey: string;
  server: Server;
  assumeRole: (i: number) => LoadRequest;
}

/** A seeded store with its console running, and the AssumeRole request its Blake Chen makes. */
async function openStore(): Promise<Store> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iam-bench-sessions-'));
  const file = join(dataDir, 'iam.sqlite');
  const ownerKey = `OWNER${randomBytes(18).toString('hex').toUpperCase()}`;
  const server = await start(dataDir, ownerKey);
  const db = new Database(file, { readonly: true });
  const org = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const roleId = db
    .prepare("SELECT id FROM roles WHERE name = 'Break-glass Administrator'")
    .pluck()
    .get() as string;
  db.close();
  const keys = JSON.parse(readFileSync(join(dataDir, 'user-api-keys.json'), 'utf8')) as Record<
    string,
    string
  >;
  const blake = keys['blake@acme-robotics.example']!;
  const assumeRole = (i: number): LoadRequest => ({
    path: STS_PATH,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Bearer ${blake}`,
    },
    body: new URLSearchParams({
      Action: 'AssumeRole',
      Version: '2011-06-15',
      RoleArn: `arn:aws:iam::${org}:role/${roleId}`,
      RoleSessionName: `bench-${i}`,
    }).toString(),
  });
  return { dataDir, file, ownerKey, server, assumeRole };
}

async function restart(store: Store) {
  store.server = await start(store.dataDir, store.ownerKey);
}

const ROUNDS = 3;

export async function benchSessions() {
  const stores: Store[] = [];
  try {
    process.stdout.write(
      `\nAssumeRole and the session history, HTTP loopback, concurrency ${CONCURRENCY}\n`,
    );
    const bare = await openStore();
    stores.push(bare);
    const kept = await openStore();
    stores.push(kept);
    await stop(kept.server);
    insertHistory(kept.file, HISTORY, HOUR, 'kept');
    await restart(kept);

    // The two stores take turns, so that drift in the machine's speed falls on both alike.
    const load = (store: Store, seconds: number) =>
      runLoad(store.server.url, store.assumeRole, {
        concurrency: CONCURRENCY,
        seconds,
        expectStatus: 200,
      });
    await load(bare, 1);
    await load(kept, 1);
    const bareRuns: LoadResult[] = [];
    const keptRuns: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      bareRuns.push(await load(bare, SECONDS / 2));
      keptRuns.push(await load(kept, SECONDS / 2));
    }
    const empty = mergeLoads(bareRuns);
    const full = mergeLoads(keptRuns);
    process.stdout.write(`(${ROUNDS} turns of ${SECONDS / 2} s each, taken in alternation)\n`);
    printLoad('AssumeRole, no ended sessions', empty);
    printLoad(`AssumeRole, ${fmt(HISTORY)} ended sessions kept`, full);
    printRatio(empty, full);
    await stop(bare.server);

    await stop(kept.server);
    insertHistory(kept.file, HISTORY, 8 * DAY, 'old');
    let before = countSessions(kept.file);
    await restart(kept);
    const purging = await load(kept, SECONDS);
    await stop(kept.server);
    let after = countSessions(kept.file);
    printLoad(`AssumeRole while ${fmt(HISTORY)} old audit records are purged`, purging);
    printRatio(empty, purging);
    process.stdout.write(
      `  audit records: ${fmt(before.ended)} before, ${fmt(after.ended)} after the run (${fmt(before.ended - after.ended)} purged during it)\n`,
    );

    // After downtime: sessions that expired while the server was down are still in the session
    // table; the sweep at start moves them to the audit records while the load runs.
    insertHistory(kept.file, HISTORY, HOUR, 'unswept', true);
    before = countSessions(kept.file);
    await restart(kept);
    const sweeping = await load(kept, SECONDS);
    await stop(kept.server);
    after = countSessions(kept.file);
    printLoad(`AssumeRole while ${fmt(HISTORY)} expired sessions are swept`, sweeping);
    printRatio(empty, sweeping);
    process.stdout.write(
      `  swept during it: ${fmt(after.ended - before.ended)} sessions moved to the audit records\n`,
    );
  } finally {
    for (const store of stores) {
      const child = store.server.child;
      if (child.exitCode === null && child.signalCode === null) await stop(store.server);
      rmSync(store.dataDir, { recursive: true, force: true });
    }
  }
}

function printRatio(base: LoadResult, other: LoadResult) {
  process.stdout.write(
    `  with history ÷ empty: throughput ${(other.perSecond / base.perSecond).toFixed(2)}×, p99 ${(other.p99 / base.p99).toFixed(2)}×\n`,
  );
}
