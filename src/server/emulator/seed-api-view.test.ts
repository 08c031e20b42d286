import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';
import { USER_KEYS_FILE } from './bootstrap';

/**
 * The demo organization as a client sees it through /v2, right after the first start: every list
 * and every per-object view, with ids replaced by readable labels (ids are random per seed) and key
 * material left out; policy documents are written out once, in the policy list, and elsewhere by
 * digest. The fixture holds what the seed produced when it was first recorded; a change
 * to the seed that changes what the API shows fails here. Set SEED_VIEW_RECORD=1 to record anew.
 */
const FIXTURE = join(import.meta.dirname, 'seed-api-view.fixture.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function get(path: string): Promise<Row> {
  const res = await server.v2('GET', `/v2${path}`);
  expect(res.status, `GET ${path}: ${res.text}`).toBe(200);
  return res.json as Row;
}

const rows = (value: Json | undefined): Row[] => (value ?? []) as Row[];

/** Reads everything a client can read about the seeded organization. */
async function apiView() {
  const view: Record<string, Json> = {};
  const read = async (path: string) => {
    const body = await get(path);
    view[path] = body;
    return body;
  };
  const organizations = rows((await read('/organizations')).organizations);
  const users = rows((await read('/users')).users);
  const groups = rows((await read('/groups')).groups);
  const policies = rows((await read('/policies')).policies);
  const roles = rows((await read('/roles')).roles);
  const trusts = rows((await read('/role-trusts')).role_trusts);
  const issuers = rows((await read('/oidc/issuer')).issuers);
  await read('/assumed-roles');

  for (const u of users) {
    for (const part of ['', '/groups', '/roles', '/policies']) await read(`/users/${u.id}${part}`);
    await read(`/role-trusts/assumable/${u.id}`);
    await read(`/assumed-roles/users/${u.id}/sessions`);
  }
  for (const g of groups) {
    for (const part of ['', '/members', '/roles', '/policies'])
      await read(`/groups/${g.id}${part}`);
  }
  for (const p of policies) {
    for (const part of ['', '/users', '/groups']) await read(`/policies/${p.id}${part}`);
  }
  for (const r of roles) {
    for (const part of ['', '/policies', '/users', '/groups']) await read(`/roles/${r.id}${part}`);
    await read(`/role-trusts/by-role/${r.id}`);
  }
  for (const t of trusts) await read(`/role-trusts/${t.id}`);
  for (const i of issuers) {
    for (const part of ['', '/jwks']) await read(`/oidc/issuer/${i.id}${part}`);
  }

  // Ids become labels a reader (and the next seed) can match: names are unique per kind.
  const labels = new Map<string, string>();
  const label = (list: Row[], kind: string, by: (row: Row) => Json | undefined) =>
    list.forEach((row, index) =>
      labels.set(String(row.id), `<${kind}:${String(by(row) ?? index)}>`),
    );
  label(organizations, 'organization', (o) => o.name);
  label(users, 'user', (u) => u.email);
  label(groups, 'group', (g) => g.display_name);
  label(policies, 'policy', (p) => p.name);
  label(roles, 'role', (r) => r.name);
  label(issuers, 'issuer', (i) => i.display_name);
  label(trusts, 'trust', () => undefined);
  const normalized: Record<string, Json> = {};
  for (const [path, body] of Object.entries(view)) {
    const context = { labels, server: server.baseUrl, documents: path !== '/policies' };
    normalized[normalizeText(path, context)] = normalize(body, context);
  }
  return normalized;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

interface Context {
  labels: Map<string, string>;
  /** The test server's address (the development issuer's uri follows it). */
  server: string;
  /** Whether policy documents are replaced by their digest. */
  documents: boolean;
}

function normalizeText(text: string, context: Context): string {
  return text
    .replaceAll(context.server, '<server>')
    .replace(UUID, (id) => context.labels.get(id) ?? '<unknown id>');
}

function normalize(value: Json, context: Context, key = ''): Json {
  if (typeof value === 'string') {
    // Each seed makes new RSA keys: their modulus is left out, the rest of the key stays.
    if (key === 'n' && value !== '') return '<modulus>';
    return normalizeText(value, context);
  }
  if (key === 'policy_document' && context.documents) {
    return `sha256:${createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)}`;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item, context));
    // Policies attached in one instant are listed in id order, which is random per seed.
    const isPolicy = (item: Json) =>
      typeof item === 'object' &&
      item !== null &&
      !Array.isArray(item) &&
      'policy_document' in item;
    return items.length > 0 && items.every(isPolicy)
      ? [...items].sort((a, b) => String((a as Row).name).localeCompare(String((b as Row).name)))
      : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [normalizeText(k, context), normalize(v, context, k)]),
    );
  }
  return value;
}

describe('the demo organization seen through /v2', () => {
  it('is the organization the fixture recorded', async () => {
    const view = await apiView();
    if (process.env.SEED_VIEW_RECORD === '1') {
      writeFileSync(FIXTURE, `${JSON.stringify(view, null, 2)}\n`);
    }
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Json>;
    expect(Object.keys(view)).toEqual(Object.keys(recorded));
    expect(view).toEqual(recorded);
    expect(JSON.stringify(view)).not.toContain('<unknown id>');
  });

  it('gives each seeded user a working API key, saved by email', async () => {
    const keys = JSON.parse(readFileSync(join(server.dataDir, USER_KEYS_FILE), 'utf8')) as Record<
      string,
      string
    >;
    const users = rows((await get('/users')).users);
    expect(Object.keys(keys).sort()).toEqual(users.map((u) => String(u.email)).sort());
    expect(keys['avery@acme-robotics.example']).toBe(server.ownerKey);
    for (const [email, key] of Object.entries(keys)) {
      const me = await server.v2('GET', '/v2/users/me', { token: key });
      expect(me.status, email).toBe(200);
      expect((me.json as { user: Row }).user.email).toBe(email);
    }
  });
});
