// What enforcing policies costs: the evaluator per decision, and the emulator's AssumeRole and
// role-list throughput with enforcement on beside the same server with it off.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, isAllowed } from '../src/shared/iam/evaluate';
import { policiesOfUser } from '../src/server/emulator/store/effective-policies';
import { cacheStatements } from '../src/server/emulator/store/database';
import { spawnConsole } from '../src/server/spawn-console';
import type { SpawnedConsole } from '../src/server/spawn-console';
import { mergeLoads, printLoad, runLoad } from './load';
import type { LoadRequest, LoadResult } from './load';

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = 3;
const STS_PATH = '/v2/assumed-roles/compatibility/aws/sts';

interface Store {
  dataDir: string;
  server: SpawnedConsole;
  assumeRole: (i: number) => LoadRequest;
  listRoles: (i: number) => LoadRequest;
}

async function openStore(enforce: 'on' | 'off'): Promise<Store> {
  const dataDir = mkdtempSync(join(tmpdir(), 'iam-bench-permissions-'));
  const ownerKey = `OWNER${randomBytes(18).toString('hex').toUpperCase()}`;
  const server = await spawnConsole({
    dataDir,
    ownerKey,
    env: { EMULATOR_ENFORCE_POLICIES: enforce },
    timeoutMs: 60_000,
  });
  const db = new Database(join(dataDir, 'iam.sqlite'), { readonly: true });
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
  return {
    dataDir,
    server,
    assumeRole: (i) => ({
      path: STS_PATH,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Bearer ${keys['blake@acme-robotics.example']!}`,
      },
      body: new URLSearchParams({
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: `arn:aws:iam::${org}:role/${roleId}`,
        RoleSessionName: `bench-${i}`,
      }).toString(),
    }),
    // Emil Novak reads through group Auditors → role Auditor → ReadOnlyAccess: a full resolution.
    listRoles: () => ({
      path: '/v2/roles?per_page=100',
      method: 'GET',
      headers: { authorization: `Bearer ${keys['emil@acme-robotics.example']!}` },
      body: '',
    }),
  };
}

function timeDecisions(dataDir: string) {
  const db = new Database(join(dataDir, 'iam.sqlite'), { readonly: true });
  // Compiled once, as the server's connection does.
  cacheStatements(db);
  const blake = db
    .prepare("SELECT id FROM users WHERE name = 'Blake Chen'")
    .pluck()
    .get() as string;
  const policies = policiesOfUser(db, blake);
  const N = 1_000_000;
  const actions = [
    'iam.role.List',
    'iam.role.Create',
    'kubernetes.cluster.Read',
    'compute.instance.Delete',
  ];
  let allowed = 0;
  let began = performance.now();
  for (let i = 0; i < N; i++) if (isAllowed(policies, actions[i % 4]!, '*')) allowed++;
  const check = ((performance.now() - began) * 1e6) / N;
  began = performance.now();
  for (let i = 0; i < N / 10; i++) evaluate(policies, actions[i % 4]!, '*');
  const explain = ((performance.now() - began) * 1e6) / (N / 10);
  const R = 20_000;
  began = performance.now();
  for (let i = 0; i < R; i++) policiesOfUser(db, blake);
  const resolve = ((performance.now() - began) * 1e3) / R;
  db.close();
  process.stdout.write(
    `\nPolicy evaluation (Blake Chen: ${policies.sources.length} policies via group and role; ${allowed} of ${N} allowed)\n` +
      `  decision (isAllowed, used per request)        ${check.toFixed(0)} ns\n` +
      `  decision with deciding statements (evaluate)  ${explain.toFixed(0)} ns\n` +
      `  resolving the caller's policies from SQLite   ${resolve.toFixed(1)} µs\n`,
  );
}

function ratio(label: string, off: LoadResult, on: LoadResult) {
  process.stdout.write(
    `  ${label}: enforced ÷ not enforced: throughput ${(on.perSecond / off.perSecond).toFixed(2)}×, p99 ${(on.p99 / off.p99).toFixed(2)}×\n`,
  );
}

export async function benchPermissions() {
  const stores: Store[] = [];
  try {
    const off = await openStore('off');
    stores.push(off);
    const on = await openStore('on');
    stores.push(on);
    timeDecisions(on.dataDir);
    process.stdout.write(
      `\nEnforcement on and off, HTTP loopback, concurrency ${CONCURRENCY}, ${ROUNDS} turns of ${SECONDS / 2} s each in alternation\n`,
    );
    for (const [label, make] of [
      ['AssumeRole', (s: Store) => s.assumeRole],
      ['GET /v2/roles as a read-only user', (s: Store) => s.listRoles],
    ] as const) {
      const load = (s: Store, seconds: number) =>
        runLoad(s.server.url, make(s), { concurrency: CONCURRENCY, seconds, expectStatus: 200 });
      await load(off, 1);
      await load(on, 1);
      const offRuns: LoadResult[] = [];
      const onRuns: LoadResult[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        offRuns.push(await load(off, SECONDS / 2));
        onRuns.push(await load(on, SECONDS / 2));
      }
      const a = mergeLoads(offRuns);
      const b = mergeLoads(onRuns);
      printLoad(`${label}, not enforced`, a);
      printLoad(`${label}, enforced`, b);
      ratio(label, a, b);
    }
  } finally {
    for (const s of stores) {
      s.server.child.kill('SIGTERM');
      await s.server.exited;
      rmSync(s.dataDir, { recursive: true, force: true });
    }
  }
}
