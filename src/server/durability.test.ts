import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POLICY_VERSION } from '../shared/schemas/policy';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, USER_KEYS_FILE } from './emulator/bootstrap';
import { hashSecret } from './emulator/store/api-keys';
import { spawnConsole } from './spawn-console';
import type { SpawnedConsole } from './spawn-console';

/**
 * Writes from several clients at once, then `kill -9` of the server while they are still writing:
 * after a restart on the same data directory every write the server acknowledged (2xx) is there
 * and SQLite's integrity check passes. Three rounds on one directory.
 */

const ROUNDS = 3;
const CLIENTS = 6;
const STS = '/v2/assumed-roles/compatibility/aws/sts';

const dataDir = mkdtempSync(join(tmpdir(), 'iam-durability-'));
const ownerKey = `OWNER${randomBytes(18).toString('hex').toUpperCase()}`;
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

type Running = SpawnedConsole;

async function startServer(): Promise<Running> {
  const running = await spawnConsole({ dataDir, ownerKey, timeoutMs: 20_000 });
  child = running.child;
  return running;
}

/** Every write the server acknowledged, by kind. */
const acknowledged = {
  roles: [] as string[],
  policies: [] as string[],
  users: [] as string[],
  sessionTokens: [] as string[],
};

/** Writes the server refused (4xx): none is expected. */
const refused: string[] = [];
async function refusal(kind: string, res: Response) {
  refused.push(`${kind} → ${res.status} ${(await res.text()).slice(0, 200)}`);
}

/** The `id` of a created entity, wrapped (`{role: {...}}`) or not. */
function idOf(body: unknown, key: string): string {
  const b = body as Record<string, unknown>;
  const inner = (b[key] ?? b) as Record<string, unknown>;
  if (typeof inner.id !== 'string') throw new Error(`no id in ${JSON.stringify(body)}`);
  return inner.id;
}

/** The three kinds of record the clients create: key, path, where acknowledged, body for a tag. */
const CREATES = [
  [
    'role',
    '/v2/roles',
    acknowledged.roles,
    (tag: string) => ({
      name: `durable-role-${tag}`,
      description: 'written before a crash',
      role_type: 'assumable',
      max_session_duration: 3600,
    }),
  ],
  [
    'policy',
    '/v2/policies',
    acknowledged.policies,
    (tag: string) => ({
      name: `durable-policy-${tag}`,
      policy_document: {
        Version: POLICY_VERSION,
        Statement: [{ Effect: 'Allow', Action: ['compute.instance.List'], Resource: ['*'] }],
      },
    }),
  ],
  [
    'user',
    '/v2/users',
    acknowledged.users,
    (tag: string) => ({
      email: `durable-${tag}@example.com`,
      first_name: 'Durable',
      last_name: tag,
      password: 'Correct-Horse-Battery-9',
    }),
  ],
] as const;

async function oneWrite(url: string, client: number, n: number, ctx: WriteContext): Promise<void> {
  const tag = `${ctx.round}-${client}-${n}-${randomBytes(3).toString('hex')}`;
  const owner = { authorization: `Bearer ${ownerKey}`, 'content-type': 'application/json' };
  const kind = n % 4;
  const create = CREATES[kind];
  if (create) {
    const [key, path, ids, body] = create;
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: owner,
      body: JSON.stringify(body(tag)),
    });
    if (!res.ok) return refusal(key, res);
    ids.push(idOf(await res.json(), key));
  } else {
    const res = await fetch(`${url}${STS}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${ctx.userKey}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: ctx.roleArn,
        RoleSessionName: `durable-${tag}`,
      }).toString(),
    });
    if (!res.ok) return refusal('session', res);
    const text = await res.text();
    {
      const token = /<SessionToken>([^<]+)<\/SessionToken>/.exec(text)?.[1];
      if (!token) throw new Error(`no session token in ${text}`);
      acknowledged.sessionTokens.push(token);
    }
  }
}

interface WriteContext {
  round: number;
  userKey: string;
  roleArn: string;
}

/** A client writing until the server goes away; a failed connection ends it. */
async function client(url: string, index: number, ctx: WriteContext, stop: () => boolean) {
  let n = index;
  let written = 0;
  while (!stop()) {
    try {
      await oneWrite(url, index, n++, ctx);
      written++;
    } catch {
      return written; // the server was killed mid-request: that write was never acknowledged
    }
  }
  return written;
}

async function writeContext(url: string, round: number): Promise<WriteContext> {
  const auth = { authorization: `Bearer ${ownerKey}` };
  const orgs = (await (await fetch(`${url}/v2/organizations`, { headers: auth })).json()) as {
    organizations: { id: string }[];
  };
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const roleId = db
    .prepare("SELECT id FROM roles WHERE name = 'Break-glass Administrator'")
    .pluck()
    .get() as string;
  db.close();
  const keys = JSON.parse(readFileSync(join(dataDir, USER_KEYS_FILE), 'utf8')) as Record<
    string,
    string
  >;
  return {
    round,
    userKey: keys['blake@acme-robotics.example']!,
    roleArn: `arn:aws:iam::${orgs.organizations[0]!.id}:role/${roleId}`,
  };
}

/** Reads the stopped server's database file and reports what is missing, and its integrity. */
function checkFile() {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const has = (table: string, column: string) => {
      const statement = db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).pluck();
      return (value: string) => statement.get(value) !== undefined;
    };
    const missing = [
      ...acknowledged.roles.filter((id) => !has('roles', 'id')(id)).map((id) => `role ${id}`),
      ...acknowledged.policies
        .filter((id) => !has('policies', 'id')(id))
        .map((id) => `policy ${id}`),
      ...acknowledged.users.filter((id) => !has('users', 'id')(id)).map((id) => `user ${id}`),
      ...acknowledged.sessionTokens
        .filter((t) => !has('assumed_role_sessions', 'token_hash')(hashSecret(t)))
        .map((t) => `session …${t.slice(-6)}`),
    ];
    return { integrity, missing };
  } finally {
    db.close();
  }
}

/** The same check through the restarted server's API. */
async function checkOverHttp(url: string): Promise<string[]> {
  const auth = { authorization: `Bearer ${ownerKey}` };
  const missing: string[] = [];
  const probe = async (path: string, what: string) => {
    const res = await fetch(`${url}${path}`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) missing.push(`${what} → ${res.status}`);
  };
  for (const id of acknowledged.roles) await probe(`/v2/roles/${id}`, `role ${id}`);
  for (const id of acknowledged.policies) await probe(`/v2/policies/${id}`, `policy ${id}`);
  for (const id of acknowledged.users) await probe(`/v2/users/${id}`, `user ${id}`);
  for (const token of acknowledged.sessionTokens) {
    await probe(`/v2/assumed-roles/${encodeURIComponent(token)}`, `session …${token.slice(-6)}`);
  }
  return missing;
}

describe('durability', () => {
  it(`keeps every acknowledged write across ${ROUNDS} kill -9 crashes`, async () => {
    const perRound: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const server = await startServer();
      if (round > 1) {
        // What was acknowledged before the last crash is served again.
        expect(await checkOverHttp(server.url)).toEqual([]);
      }
      const ctx = await writeContext(server.url, round);
      let killed = false;
      const clients = Array.from({ length: CLIENTS }, (_, i) =>
        client(server.url, i, ctx, () => killed),
      );
      // Let the clients write for a while, then pull the plug while requests are in flight.
      await new Promise((r) => setTimeout(r, 1200 + Math.floor(Math.random() * 600)));
      server.child.kill('SIGKILL');
      await server.exited;
      killed = true;
      perRound.push((await Promise.all(clients)).reduce((a, b) => a + b, 0));

      const { integrity, missing } = checkFile();
      expect(integrity, `round ${round}`).toBe('ok');
      expect(missing, `round ${round}: acknowledged but missing`).toEqual([]);
    }

    const last = await startServer();
    try {
      expect(await checkOverHttp(last.url)).toEqual([]);
    } finally {
      last.child.kill('SIGTERM');
      await last.exited;
    }
    // Each round wrote something of every kind before the crash.
    expect(
      perRound.every((n) => n >= 8),
      `writes per round: ${perRound.join(', ')}`,
    ).toBe(true);
    expect(refused).toEqual([]);
    for (const [kind, list] of Object.entries(acknowledged)) {
      expect(list.length, `acknowledged ${kind}`).toBeGreaterThan(0);
    }
  }, 60_000);
});
