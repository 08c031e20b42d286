import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, API, pathOf, readReply } from '../../shared/api/contract';
import type { Route, RouteName } from '../../shared/api/contract';
import { describeZodError } from '../../shared/schemas/common';
import { FilterTally, filterReply, VARIANTS } from '../contract-minimal';
import type { Variants } from '../contract-minimal';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';
import { seeded } from '../testing/sts-test-kit';

/**
 * The contract table against the emulator: every route the console uses is served, and every read
 * of the seeded organization reads with the route's reply schema.
 */

let server: TestServer;
/** A value for each path parameter the table names, taken from the seeded organization. */
let params: Record<string, string>;
/** Routes that show more with another subject than the default one. */
let overrides: Partial<Record<RouteName, Record<string, string>>>;

beforeAll(async () => {
  server = await startTestServer();
  const s = seeded(server);
  const one = (sql: string, ...args: unknown[]) =>
    server.store.db
      .prepare(sql)
      .pluck()
      .get(...args) as string;
  const roleId = s.roleId('Break-glass Administrator');
  const assumed = await server.v2('POST', pathOf(API.assume), {
    token: s.apiKey('blake'),
    body: { role_id: roleId, session_name: 'contract-check' },
  });
  expect(assumed.status).toBe(201);
  params = {
    roleId,
    trustId: one('SELECT id FROM role_trusts WHERE role_id = ?', roleId),
    token: (assumed.json as { session_token: string }).session_token,
    userId: s.userId('Blake Chen'),
    policyId: one("SELECT id FROM policies WHERE name = 'AssumeRoles'"),
    groupId: s.groupId('Platform Engineers'),
    issuerId: one("SELECT id FROM oidc_issuers WHERE display_name = 'GitHub Actions'"),
  };
  overrides = {
    listRoleUsers: { roleId: s.roleId('Billing Viewer') },
    listRoleGroups: { roleId: s.roleId('Developer') },
    userRoles: { userId: s.userId('Farah Haddad') },
  };
});
afterAll(async () => {
  await server.close();
});

/** Fastify's own form of a table path: `{roleId}` → `:roleId`. */
const fastifyUrl = (path: string) => `/v2${path.replace(/\{(\w+)\}/g, ':$1')}`;

describe('the contract table and the emulator', () => {
  it.each(ALL_ROUTES.map((r) => [r.name, r.route.method, r.route.path] as const))(
    '%s (%s %s) is served',
    async (_name, method, path) => {
      await server.app.ready();
      expect(server.app.hasRoute({ method, url: fastifyUrl(path) })).toBe(true);
    },
  );

  const reads = ALL_ROUTES.filter((r) => r.route.method === 'GET');

  it.each(reads.map((r) => [r.name, r.route.path] as const))(
    '%s (GET %s) reads with its reply schema',
    async (name) => {
      const route: Route = API[name];
      const values = { ...params, ...overrides[name] };
      const query = name === 'listRoleSessions' ? { role_id: params.roleId } : undefined;
      const res = await server.v2('GET', pathOf(route, values, query));
      expect(res.status, res.text).toBe(200);
      const read = readReply(route, res.json, values);
      if (!read.ok) throw new Error(`${name}: ${describeZodError(read.issue, res.json)}`);
      // The normalised reading reads as itself: the proxy and the SPA may both read it.
      const again = readReply(route, JSON.parse(JSON.stringify(read.data)), values);
      expect(again.ok && again.data).toEqual(read.data);
      expect(JSON.stringify(read.data)).not.toBe('{}');
    },
  );

  const [allOn, allOff] = [true, false].map(
    (on) => Object.fromEntries(VARIANTS.map((v) => [v, on])) as Variants,
  );

  it.each(reads.filter((r) => r.route.source === 'V').map((r) => [r.name] as const))(
    '%s reads with only the fields Vultr shows, in each variant',
    async (name) => {
      const route: Route = API[name];
      const values = { ...params, ...overrides[name] };
      const url = pathOf(route, values);
      const res = await server.v2('GET', url);
      for (const variants of [allOn!, allOff!]) {
        const minimal = filterReply(
          'GET',
          url,
          { status: res.status, body: Buffer.from(res.text) },
          variants,
          new FilterTally(),
        );
        const json: unknown = JSON.parse(minimal.body.toString());
        const read = readReply(route, json, values);
        if (!read.ok) throw new Error(`${name}: ${describeZodError(read.issue, json)}`);
      }
    },
  );

  it('has a read for every list the console shows, each with something in it', async () => {
    for (const name of ['listRoles', 'listTrusts', 'listUsers', 'listGroups'] as const) {
      const res = await server.v2('GET', pathOf(API[name]));
      const read = readReply(API[name], res.json);
      expect(read.ok).toBe(true);
      const body = res.json as Record<string, unknown[]>;
      const key = Object.keys(body).find((k) => k !== 'meta')!;
      expect(body[key]!.length).toBeGreaterThan(0);
    }
  });
});
