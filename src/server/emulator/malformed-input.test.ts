import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';

/**
 * Sends malformed bodies, ids and queries to every /v2 route and requires a 4xx with the
 * documented `{error, status}` shape — never a 5xx, never another shape.
 */
let server: TestServer;
let routes: { path: string; methods: string[] }[];

beforeAll(async () => {
  server = await startTestServer();
  routes = routesFromTree(server.app.printRoutes({ commonPrefix: false }));
});
afterAll(async () => {
  await server.close();
});

/** Rebuilds full paths from Fastify's route tree (one segment per line, 4 columns per level). */
function routesFromTree(tree: string) {
  const stack: string[] = [];
  const out: { path: string; methods: string[] }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const methods = (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD' && x !== 'OPTIONS');
    if (methods.length > 0) out.push({ path: stack.join(''), methods });
  }
  return out.filter((r) => r.path.startsWith('/v2/'));
}

const BAD_IDS = [
  'not-a-uuid',
  '3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d',
  '%00',
  "'; DROP TABLE roles; --",
];
const BAD_BODIES: unknown[] = [
  null,
  [],
  'a string',
  42,
  { name: { nested: true }, role_type: ['assumable'], max_session_duration: Number.MAX_VALUE * 10 },
  { name: 'x'.repeat(5000), description: null, policy_document: 'nope', conditions: [] },
  { email: 12, display_name: false, issuer: 'x', user_id: {}, role_id: 7, trust_type: null },
  { __proto__: { admin: true }, constructor: { prototype: { polluted: true } } },
];
const BAD_QUERIES = [
  'per_page=-1',
  'per_page=1e9',
  'cursor=' + 'A'.repeat(600),
  'cursor=eyJ9',
  'per_page=&cursor=',
];

function fill(path: string, id: string) {
  return path.replace(/:[^/]+/g, encodeURIComponent(id));
}

describe('malformed input to every /v2 route', () => {
  it('finds the routes to sweep', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('never answers 5xx and always answers the error shape', async () => {
    const failures: string[] = [];
    const check = async (method: string, path: string, body?: unknown) => {
      const res = await server.v2(
        method,
        path,
        body === undefined ? {} : { body: JSON.stringify(body) },
      );
      const shapeOk =
        res.status < 400 ||
        (typeof res.json === 'object' &&
          res.json !== null &&
          (res.json as { status?: unknown }).status === res.status &&
          typeof (res.json as { error?: unknown }).error === 'string');
      if (res.status >= 500 || !shapeOk)
        failures.push(`${method} ${path} → ${res.status} ${res.text.slice(0, 120)}`);
    };
    for (const route of routes) {
      if (route.path.includes('compatibility/aws/sts')) continue; // XML endpoint, tested on its own
      for (const method of route.methods) {
        for (const id of BAD_IDS) {
          const path = fill(route.path, id);
          if (method === 'GET') {
            await check(method, path);
            for (const q of BAD_QUERIES) await check(method, `${path}?${q}`);
          } else {
            for (const body of BAD_BODIES) await check(method, path, body);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
