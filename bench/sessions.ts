// AssumeRole with a large history of ended sessions: an empty session table, then 1,000,000
// expired/revoked sessions kept for audit (inside the window), then a restart over 1,000,000
// sessions past the window, so the purge deletes them while the load runs.
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnConsole } from '../src/server/spawn-console';
import { printLoad, runLoad } from './load';
import type { LoadResult } from './load';

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

/** Writes `count` ended sessions in one transaction, each ended `endedAgoMs` before now. */
function insertHistory(file: string, count: number, endedAgoMs: number, label: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const orgId = db.prepare('SELECT id FROM organizations').pluck().get() as string;
  const roleId = db
    .prepare("SELECT id FROM roles WHERE name = 'Break-glass Administrator'")
    .pluck()
    .get() as string;
  const now = Date.now();
  const insert = db.prepare(`INSERT INTO assumed_role_sessions (token_hash, id, org_id, role_id,
    session_name, auth_method, access_key_id, secret_hash, token_suffix, assumed_at, expires_at,
    revoked_at, created_at) VALUES (?, ?, ?, ?, ?, 'api_key', 'ASIAHISTORY', 'x', 'abcdef', ?, ?, ?, ?)`);
  const began = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      // Spread over an hour; every fourth one revoked early, the rest expired.
      const end = now - endedAgoMs - (i % 3600) * 1000;
      const startAt = new Date(end - HOUR).toISOString();
      const revoked = i % 4 === 0;
      const id = `${label}-${i}-${randomBytes(4).toString('hex')}`;
      insert.run(
        `hash-${id}`,
        id,
        orgId,
        roleId,
        `history-${i}`,
        startAt,
        revoked ? new Date(end + HOUR).toISOString() : new Date(end).toISOString(),
        revoked ? new Date(end).toISOString() : null,
        startAt,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  process.stdout.write(
    `  (${count.toLocaleString('en')} ended sessions written in ${((Date.now() - began) / 1000).toFixed(1)} s)\n`,
  );
}

function countSessions(file: string): number {
  const db = new Database(file, { readonly: true });
  const n = db.prepare('SELECT count(*) FROM assumed_role_sessions').pluck().get() as number;
  db.close();
  return n;
}

export async function benchSessions() {
  const dataDir = mkdtempSync(join(tmpdir(), 'iam-bench-sessions-'));
  const file = join(dataDir, 'iam.sqlite');
  const ownerKey = `OWNER${randomBytes(18).toString('hex').toUpperCase()}`;
  try {
    let server = await start(dataDir, ownerKey);
    const auth = { authorization: `Bearer ${ownerKey}` };
    const org = (
      (await (await fetch(`${server.url}/v2/organizations`, { headers: auth })).json()) as {
        organizations: { id: string }[];
      }
    ).organizations[0]!.id;
    const db = new Database(file, { readonly: true });
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
    const assumeRole = (i: number) => ({
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
    const load = async (url: string) => {
      await runLoad(url, assumeRole, { concurrency: CONCURRENCY, seconds: 1, expectStatus: 200 });
      return runLoad(url, assumeRole, {
        concurrency: CONCURRENCY,
        seconds: SECONDS,
        expectStatus: 200,
      });
    };

    process.stdout.write(
      `\nAssumeRole and the session history, HTTP loopback, concurrency ${CONCURRENCY}, ${SECONDS} s each\n`,
    );
    const empty = await load(server.url);
    printLoad('AssumeRole, no ended sessions', empty);

    await stop(server);
    insertHistory(file, HISTORY, HOUR, 'kept');
    server = await start(dataDir, ownerKey);
    const full = await load(server.url);
    printLoad(`AssumeRole, ${HISTORY.toLocaleString('en')} ended sessions kept`, full);
    printRatio(empty, full);

    await stop(server);
    insertHistory(file, HISTORY, 8 * DAY, 'old');
    const before = countSessions(file);
    server = await start(dataDir, ownerKey);
    const during = await runLoad(server.url, assumeRole, {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      expectStatus: 200,
    });
    const after = countSessions(file);
    printLoad(`AssumeRole while ${HISTORY.toLocaleString('en')} old sessions are purged`, during);
    process.stdout.write(
      `  sessions stored: ${before.toLocaleString('en')} before, ${after.toLocaleString('en')} after the run (purged during it: ${(before + during.requests - after).toLocaleString('en')})\n`,
    );
    await stop(server);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printRatio(base: LoadResult, other: LoadResult) {
  process.stdout.write(
    `  with history ÷ empty: throughput ${(other.perSecond / base.perSecond).toFixed(2)}×, p99 ${(other.p99 / base.p99).toFixed(2)}×\n`,
  );
}
