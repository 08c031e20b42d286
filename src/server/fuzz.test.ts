import { Agent } from 'node:http';
import { POLICY_VERSION } from '../shared/schemas/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, STS_V2_PATH } from '../shared/api/contract';
import { ManualClock } from './clock';
import { seeded } from './testing/sts-test-kit';
import { xmlProblem } from './emulator/sts/xml-check';
import { startTestServer } from './testing/test-support';
import type { TestServer } from './testing/test-support';
import { rawHttp } from './testing/raw-http';

/**
 * A seeded random walk over every route of the contract table and the STS endpoint with mangled
 * paths, queries, bodies, methods, headers and credentials. Whatever arrives, the server must not
 * answer 5xx, every JSON error must be `{error, status}` with the HTTP status, and every STS reply
 * must be well-formed XML 1.0. Set FUZZ_SEED to replay a run; FUZZ_REQUESTS to change its length.
 */

const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED) >>> 0
  : Math.floor(Math.random() * 2 ** 32);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 4000);
const CONCURRENCY = 8;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

interface Known {
  ownerKey: string;
  userKey: string;
  roleIds: string[];
  userIds: string[];
  groupIds: string[];
  policyIds: string[];
  trustIds: string[];
  issuerIds: string[];
  orgId: string;
}

/** Strings chosen to break parsers, escapers and length checks. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ud83d\ude00',
  '\u202e\u2066evil',
  '\u200b',
  '\ufeff',
  '\uffff',
  '\u0001\u0008\u000b\u000c\u001f\u007f',
  '<script>alert(1)</script>',
  ']]><!--',
  '&amp;&#0;&#x0;&lt;',
  "' OR 1=1 --",
  '%00',
  '%ff%fe',
  '../../etc/passwd',
  '\\u0000',
  'null',
  '{"$ne":null}',
  'ÿ',
  '日本語のロール',
  'é'.repeat(300),
  'A'.repeat(101),
  'B'.repeat(5000),
  '2026-13-45T99:99:99',
  '-1',
  '1e309',
  'Allow',
  '2012-10-17',
];

const HUGE_NUMBERS = [
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_VALUE,
  Number.MAX_VALUE,
  1e-320,
];

const FIELD_NAMES = [
  'name',
  'description',
  'role_type',
  'max_session_duration',
  'display_name',
  'user_id',
  'role_id',
  'trust_type',
  'trusted_user_id',
  'trusted_group_id',
  'trusted_oidc_issuer_id',
  'conditions',
  'valid_until',
  'email',
  'first_name',
  'last_name',
  'password',
  'api_enabled',
  'service_user',
  'policy_document',
  'session_name',
  'duration',
  'context',
  'issuer',
  'uri',
  'kid',
  'kty',
  '__proto__',
  'constructor',
];

function randomBytesString(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(rng.int(0x10000));
  return s;
}

function nastyString(rng: Rng): string {
  switch (rng.int(4)) {
    case 0:
      return randomBytesString(rng, 1 + rng.int(40));
    case 1:
      return rng.pick(NASTY_STRINGS) + rng.pick(NASTY_STRINGS);
    default:
      return rng.pick(NASTY_STRINGS);
  }
}

/** A random JSON value, sometimes deep. */
function junkValue(rng: Rng, depth = 0): unknown {
  const r = rng.int(depth > 3 ? 6 : 9);
  switch (r) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick(HUGE_NUMBERS);
    case 3:
    case 4:
    case 5:
      return nastyString(rng);
    case 6: {
      const n = rng.int(4);
      return Array.from({ length: n }, () => junkValue(rng, depth + 1));
    }
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(4); i > 0; i--) o[rng.pick(FIELD_NAMES)] = junkValue(rng, depth + 1);
      return o;
    }
  }
}

function deepNest(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

/** A body a careful client would send to the route, so mutations reach past the first check. */
function plausibleBody(name: string, k: Known, rng: Rng): Record<string, unknown> {
  const tag = rng.int(1e9).toString(36);
  switch (name) {
    case 'createRole':
    case 'updateRole':
      return {
        name: `fuzz-${tag}`,
        description: 'fuzz',
        role_type: rng.pick(['assignable', 'assumable']),
        max_session_duration: 3600,
      };
    case 'createTrust':
    case 'updateTrust':
      return {
        role_id: rng.pick(k.roleIds),
        trust_type: rng.pick(['TemporaryAssumption', 'IAMAssumption', 'FederatedAssumption']),
        trusted_user_id: rng.pick(k.userIds),
        conditions: { ip_address: ['10.0.0.0/8'], time_of_day: { start: 9, end: 17 } },
        valid_until: '2030-01-01T00:00:00+00:00',
      };
    case 'assume':
      return { role_id: rng.pick(k.roleIds), session_name: `fuzz-${tag}`, duration: 900 };
    case 'createPolicy':
    case 'updatePolicy':
      return {
        name: `fuzz-${tag}`,
        description: '',
        policy_document: {
          Version: POLICY_VERSION,
          Statement: [{ Effect: 'Allow', Action: ['compute.instance.List'], Resource: ['*'] }],
        },
      };
    case 'createUser':
      return {
        email: `fuzz-${tag}@example.com`,
        first_name: 'Fuzz',
        last_name: tag,
        password: 'Correct-Horse-Battery-9',
      };
    case 'updateUser':
      return { name: `Fuzz ${tag}`, api_enabled: rng.chance(0.5) };
    case 'createGroup':
    case 'updateGroup':
      return { display_name: `fuzz-${tag}`, description: '' };
    case 'addGroupMember':
      return { user_id: rng.pick(k.userIds), display_name: 'x' };
    case 'createIssuer':
      return {
        issuer: {
          source: 'external',
          uri: rng.pick(['https://127.0.0.1:1/', 'http://[::1]:9/', 'ftp://x', 'not a url']),
          display_name: `fuzz-${tag}`,
        },
      };
    default:
      return {};
  }
}

function mutateObject(o: Record<string, unknown>, rng: Rng): Record<string, unknown> {
  const out = { ...o };
  const keys = Object.keys(out);
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const r = rng.int(4);
    if (r === 0 && keys.length > 0) delete out[rng.pick(keys)];
    else if (r === 1 && keys.length > 0) out[rng.pick(keys)] = junkValue(rng);
    else if (r === 2) out[rng.pick(FIELD_NAMES)] = junkValue(rng);
    else out[`extra_${rng.int(100)}`] = junkValue(rng);
  }
  return out;
}

interface Shot {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: Buffer | null;
  sts: boolean;
  note: string;
}

/** A path segment: a real id, or something no client should send (raw, not re-encoded). */
function segment(rng: Rng, real: string | undefined): { raw: string; note: string } {
  const r = rng.int(12);
  if (r < 4 && real) return { raw: encodeURIComponent(real), note: 'real' };
  switch (r) {
    case 4:
      return { raw: '..', note: 'dotdot' };
    case 5:
      return { raw: '%2e%2e%2f%2e%2e', note: 'encoded dotdot' };
    case 6: {
      let s = '';
      for (let i = 1 + rng.int(12); i > 0; i--) {
        s += `%${rng.int(256).toString(16).padStart(2, '0')}`;
      }
      return { raw: s, note: 'random bytes' };
    }
    case 7:
      return { raw: 'x'.repeat(90 + rng.int(200)), note: 'long segment' };
    case 8:
      return { raw: enc(rng.pick(NASTY_STRINGS) || 'z'), note: 'nasty' };
    case 9:
      return { raw: '%ED%A0%80', note: 'surrogate utf-8' };
    case 10:
      return { raw: encodeURIComponent('ロール\u202e'), note: 'unicode' };
    default:
      return { raw: rng.chance(0.5) ? '%' : '%zz', note: 'bad escape' };
  }
}

function realParam(name: string, k: Known, rng: Rng): string | undefined {
  if (name === 'roleId') return rng.pick(k.roleIds);
  if (name === 'userId') return rng.pick(k.userIds);
  if (name === 'groupId') return rng.pick(k.groupIds);
  if (name === 'policyId') return rng.pick(k.policyIds);
  if (name === 'trustId') return rng.pick(k.trustIds);
  if (name === 'issuerId') return rng.pick(k.issuerIds);
  return undefined;
}

function query(rng: Rng): string {
  if (rng.chance(0.5)) return '';
  const parts: string[] = [];
  for (let i = 1 + rng.int(3); i > 0; i--) {
    const key = rng.pick(['per_page', 'cursor', 'user_id', 'role_id', 'per_page', 'x']);
    const value = rng.pick([
      '-1',
      '0',
      '1',
      '500',
      '99999999999999999999',
      'abc',
      '1.5',
      '%ff',
      '%00',
      enc(nastyString(rng)),
      Buffer.from(nastyString(rng)).toString('base64'),
      'eyJ4Ijoi',
      'A'.repeat(3000),
    ]);
    parts.push(`${key}=${value}`);
  }
  if (rng.chance(0.1)) parts.push('per_page=1&per_page=2');
  return `?${parts.join('&')}`;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/xml',
  'application/json, text/plain',
  'application/json; charset="x\\"',
  'application/*',
  '',
];

function jsonBody(name: string, k: Known, rng: Rng): { body: Buffer; note: string } {
  const r = rng.int(10);
  if (r < 4) return { body: json(mutateObject(plausibleBody(name, k, rng), rng)), note: 'mutated' };
  if (r === 4) return { body: json(plausibleBody(name, k, rng)), note: 'plausible' };
  if (r === 5) return { body: json(junkValue(rng)), note: 'junk value' };
  if (r === 6) {
    const depth = 200 + rng.int(5000);
    return { body: Buffer.from(deepNest(depth, '[', ']')), note: `nested ${depth}` };
  }
  if (r === 7) {
    const depth = 200 + rng.int(3000);
    return { body: Buffer.from(deepNest(depth, '{"a":', '}')), note: `nested object ${depth}` };
  }
  if (r === 8) {
    const raw = rng.pick([
      '{"name": 1e999999}',
      '{"name": 123456789012345678901234567890123456789}',
      '{"name": "\\ud800"}',
      '{"name": "a\\u0000b"}',
      '{"name": ',
      '{"name": "\xff\xfe"}',
      'null',
      '[]',
      '""',
      '{"__proto__": {"admin": true}}',
      '{"constructor": {"prototype": {"x": 1}}}',
    ]);
    return { body: Buffer.from(raw, rng.chance(0.3) ? 'latin1' : 'utf8'), note: 'raw' };
  }
  return { body: Buffer.from(randomBytesString(rng, rng.int(200)), 'latin1'), note: 'bytes' };
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value) ?? 'null');
}

function credentials(rng: Rng, k: Known): { header?: string; note: string } {
  switch (rng.int(6)) {
    case 0:
    case 1:
      return { header: `Bearer ${k.ownerKey}`, note: 'owner' };
    case 2:
      return { header: `Bearer ${k.userKey}`, note: 'user' };
    case 3:
      return { note: 'no key' };
    case 4:
      return {
        header: `Bearer ${rng.pick(['x', 'ars-junk', 'A'.repeat(400), '%00'])}`,
        note: 'bad key',
      };
    default:
      return {
        header: rng.pick(['Basic Zm9vOmJhcg==', 'Bearer', 'bearer  ', k.ownerKey]),
        note: 'bad scheme',
      };
  }
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

function jsonShot(rng: Rng, k: Known): Shot {
  const { name, route } = rng.pick(ALL_ROUTES);
  const notes: string[] = [name];
  let path = route.path.replace(/\{(\w+)\}/g, (_, param: string) => {
    const s = segment(rng, realParam(param, k, rng));
    if (s.note !== 'real') notes.push(`${param}:${s.note}`);
    return s.raw;
  });
  if (rng.chance(0.03)) path += '/';
  if (rng.chance(0.03)) path = path.replace(/\//g, '//');
  const method = rng.chance(0.85) ? route.method : rng.pick(METHODS);
  const headers: Record<string, string> = {};
  const cred = credentials(rng, k);
  notes.push(cred.note);
  if (cred.header) headers.authorization = cred.header;
  let body: Buffer | null = null;
  if (method !== 'GET' && method !== 'HEAD' && (method !== 'DELETE' || rng.chance(0.2))) {
    const b = jsonBody(name, k, rng);
    body = b.body;
    notes.push(b.note);
    headers['content-type'] = rng.chance(0.75) ? 'application/json' : rng.pick(CONTENT_TYPES);
  } else if (rng.chance(0.05)) {
    headers['content-type'] = rng.pick(CONTENT_TYPES);
    body = Buffer.from('{"a":1}');
  }
  decorate(rng, headers, notes);
  return {
    method,
    target: `${pathPrefix()}${path}${query(rng)}`,
    headers,
    body,
    sts: false,
    note: notes.join(' '),
  };
}

/** `/v2`: the contract table's paths live under it. */
const pathPrefix = () => '/v2';

/** Header tricks shared by both kinds of request. */
function decorate(rng: Rng, headers: Record<string, string>, notes: string[]) {
  if (rng.chance(0.02)) {
    headers['x-padding'] = 'p'.repeat(17 * 1024);
    notes.push('huge header');
  }
  if (rng.chance(0.03)) {
    headers['accept'] = rng.pick(['application/xml', '*/*', 'text/html', '']);
  }
  if (rng.chance(0.02)) headers['content-encoding'] = rng.pick(['gzip', 'br', 'identity', 'x']);
  if (rng.chance(0.02)) headers['x-forwarded-for'] = rng.pick(['1.2.3.4', 'junk', '::1, ::2']);
}

/** A form body by hand: keys and values percent-encoded as given (so raw bytes survive). */
function formBody(fields: [string, string][]): Buffer {
  return Buffer.from(fields.map(([a, b]) => `${a}=${b}`).join('&'));
}

const enc = (s: string) =>
  // encodeURIComponent refuses lone surrogates: write their UTF-8-like bytes by hand.
  s.replace(/[\s\S]/gu, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%ED%A0%80';
    }
  });

function stsShot(rng: Rng, k: Known): Shot {
  const notes: string[] = ['sts'];
  const action = rng.pick([
    'AssumeRole',
    'AssumeRole',
    'AssumeRoleWithWebIdentity',
    'GetCallerIdentity',
    'AssumeRoleWithSAML',
    '',
    nastyString(rng),
  ]);
  notes.push(`action:${JSON.stringify(action).slice(0, 30)}`);
  const arn = (role: string) => `arn:aws:iam::${k.orgId}:role/${role}`;
  const value = (good: string) => {
    const r = rng.int(6);
    if (r < 3) return enc(good);
    if (r === 3) return enc(nastyString(rng));
    if (r === 4) return rng.pick(['%00', '%ff', '%ED%A0%80', '%', '%zz', 'a%00b']);
    return enc(good + nastyString(rng));
  };
  const fields: [string, string][] = [];
  if (rng.chance(0.95)) fields.push(['Action', value(action)]);
  if (rng.chance(0.9)) fields.push(['Version', value('2011-06-15')]);
  if (rng.chance(0.9)) fields.push(['RoleArn', value(arn(rng.pick(k.roleIds)))]);
  if (rng.chance(0.9)) fields.push(['RoleSessionName', value(`fuzz-${rng.int(1e6)}`)]);
  if (rng.chance(0.4)) fields.push(['DurationSeconds', value(String(rng.pick(HUGE_NUMBERS)))]);
  if (action === 'AssumeRoleWithWebIdentity' || rng.chance(0.1)) {
    fields.push([
      'WebIdentityToken',
      value(rng.pick(['eyJhbGciOiJub25lIn0.eyJzdWIiOjF9.', 'a.b.c', 'x'.repeat(9000)])),
    ]);
  }
  if (rng.chance(0.2)) fields.push([enc(nastyString(rng)) || 'k', value('v')]);
  if (rng.chance(0.05)) fields.push(['Policy', enc(JSON.stringify(junkValue(rng)))]);

  const method = rng.chance(0.85) ? 'POST' : rng.pick(METHODS);
  const headers: Record<string, string> = {};
  const cred = credentials(rng, k);
  notes.push(cred.note);
  if (cred.header) headers.authorization = cred.header;
  let body: Buffer | null = null;
  let target = STS_V2_PATH;
  if (rng.chance(0.05)) target += rng.pick(['/', '/x', '%ff', '%2F..']);
  if (method === 'GET' || method === 'HEAD' || rng.chance(0.05)) {
    target += `?${formBody(fields).toString()}`;
  } else {
    const r = rng.int(10);
    if (r < 7) body = formBody(fields);
    else if (r === 7) body = json(junkValue(rng));
    else if (r === 8) body = Buffer.from(randomBytesString(rng, rng.int(300)), 'latin1');
    else body = Buffer.from(`Action=AssumeRole&${'a=b&'.repeat(5000)}`);
    headers['content-type'] = rng.chance(0.8)
      ? 'application/x-www-form-urlencoded'
      : rng.pick(CONTENT_TYPES);
  }
  decorate(rng, headers, notes);
  return { method, target, headers, body, sts: true, note: notes.join(' ') };
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

async function send(port: number, shot: Shot): Promise<Answer> {
  const headers: Record<string, string | number> = { ...shot.headers };
  if (shot.body) headers['content-length'] = shot.body.length;
  const options = {
    host: '127.0.0.1',
    port,
    method: shot.method,
    path: shot.target,
    headers,
    agent,
  };
  const reply = await rawHttp(options, shot.body ?? undefined, 15_000);
  return {
    status: reply.status,
    contentType: String(reply.headers['content-type'] ?? ''),
    text: reply.body,
  };
}

function isExactlySts(target: string): boolean {
  const path = target.split('?')[0]!;
  return path === STS_V2_PATH || path === `${STS_V2_PATH}/`;
}

/** What is wrong with an answer, or null. */
function problemOf(shot: Shot, a: Answer): string | null {
  if (a.status >= 500) return `answered ${a.status}: ${a.text.slice(0, 200)}`;
  if (shot.method === 'HEAD' || a.status === 204 || a.status === 304) return null;
  // Beside the STS endpoint (`…/sts/x`, `…/sts%2F..`) an answer may be either kind, but well formed.
  const xml = shot.sts && (isExactlySts(shot.target) || /^text\/xml/.test(a.contentType));
  if (xml) {
    if (!/^text\/xml/.test(a.contentType)) return `STS answered ${a.status} ${a.contentType}`;
    const problem = xmlProblem(a.text);
    return problem ? `STS XML is not well-formed: ${problem}` : null;
  }
  if (a.status >= 400) {
    if (!/^application\/json/.test(a.contentType)) {
      return `error ${a.status} as ${a.contentType}: ${a.text.slice(0, 120)}`;
    }
    let body: unknown;
    try {
      body = JSON.parse(a.text);
    } catch {
      return `error ${a.status} body is not JSON: ${a.text.slice(0, 120)}`;
    }
    const b = body as Record<string, unknown> | null;
    if (
      b === null ||
      typeof b !== 'object' ||
      Array.isArray(b) ||
      Object.keys(b).sort().join(',') !== 'error,status' ||
      typeof b.error !== 'string' ||
      b.status !== a.status
    ) {
      return `error ${a.status} body is not {error, status}: ${a.text.slice(0, 200)}`;
    }
    return null;
  }
  if (a.text !== '') {
    try {
      JSON.parse(a.text);
    } catch {
      return `${a.status} body is not JSON: ${a.text.slice(0, 120)}`;
    }
  }
  return null;
}

let server: TestServer;
let known: Known;

beforeAll(async () => {
  server = await startTestServer({ clock: new ManualClock(new Date()) });
  const s = seeded(server);
  const db = server.store.db;
  const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
  known = {
    ownerKey: server.ownerKey,
    userKey: s.apiKey('blake'),
    orgId: s.orgId,
    roleIds: ids('SELECT id FROM roles'),
    userIds: ids('SELECT id FROM users'),
    groupIds: ids('SELECT id FROM groups'),
    policyIds: ids('SELECT id FROM policies'),
    trustIds: ids('SELECT id FROM role_trusts'),
    issuerIds: ids('SELECT id FROM oidc_issuers'),
  };
  for (const [key, list] of Object.entries(known)) {
    if (Array.isArray(list) && list.length === 0) throw new Error(`seeded ${key} is empty`);
  }
});
afterAll(async () => {
  agent.destroy();
  await server?.close();
});

describe('fuzz', () => {
  it(`every mangled request gets its documented answer (FUZZ_SEED=${SEED})`, async () => {
    const rng = prng(SEED);
    // Draw every request up front, so a seed always gives the same requests whatever the timing.
    const shots = Array.from({ length: REQUESTS }, () =>
      rng.chance(0.25) ? stsShot(rng, known) : jsonShot(rng, known),
    );
    const port = Number(new URL(server.baseUrl).port);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < shots.length) {
        const index = next++;
        const shot = shots[index]!;
        let problem: string | null;
        try {
          const answer = await send(port, shot);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          problem = problemOf(shot, answer);
        } catch (error) {
          problem = `no answer: ${(error as Error).message}`;
        }
        if (problem) {
          failures.push(
            `#${index} ${shot.method} ${shot.target.slice(0, 160)} [${shot.note}] → ${problem}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b);
    expect(
      failures,
      `FUZZ_SEED=${SEED}: ${failures.length} of ${REQUESTS} requests got a wrong answer (statuses ${JSON.stringify(summary)}):\n${failures.slice(0, 30).join('\n')}`,
    ).toEqual([]);
    // The walk must reach past the front door: some requests succeed, some are refused.
    expect(
      summary.some(([s]) => s >= 200 && s < 300),
      `FUZZ_SEED=${SEED}: no request succeeded`,
    ).toBe(true);
  }, 90_000);
});
