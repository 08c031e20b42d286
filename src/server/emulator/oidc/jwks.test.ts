import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { JWKS_TTL_MS, JwksClient, JwksFetchError, firstSigningKey } from './jwks';
import type { DiscoveryResult, FetchFn, IssuerKeySource } from './jwks';
import { ecJwk, rsaJwk, sendJson, startTestIssuer } from '../../testing/test-issuer';
import type { TestIssuer } from '../../testing/test-issuer';
import { fetchPolicy } from './fetch-policy';
import type { FetchPolicy } from './fetch-policy';

let issuer: TestIssuer;
let clock: ManualClock;
let refreshed: DiscoveryResult[];
let client: JwksClient;
/** The local test issuer (plain http) is an allowed address. */
const policy: FetchPolicy = {
  refusal: (url) => fetchPolicy({ allow: [new URL(issuer.uri).origin] }).refusal(url),
};

beforeEach(async () => {
  issuer = await startTestIssuer('/tenant');
  clock = new ManualClock('2026-11-22T12:00:00.000Z');
  refreshed = [];
  client = new JwksClient({ clock, policy, onRefresh: (_i, r) => refreshed.push(r) });
});
afterEach(async () => {
  await issuer.close();
});

const source = (over: Partial<IssuerKeySource> = {}): IssuerKeySource => ({
  id: 'issuer-1',
  uri: issuer.uri,
  jwk: null,
  jwks: null,
  fetchedAt: null,
  expiresAt: null,
  ...over,
});

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(JwksFetchError);
    return (error as Error).message;
  }
  throw new Error('expected a JwksFetchError');
}

describe('JwksClient.discover', () => {
  it('reads the discovery document, then the JWKS it names; expiry is fetch + 10 minutes', async () => {
    const result = await client.discover(`${issuer.uri}/`);
    expect(result.jwks).toEqual({ keys: issuer.keys });
    expect(result.jwksUri).toBe(`${issuer.uri}/jwks`);
    expect(result.fetchedAt.toISOString()).toBe('2026-11-22T12:00:00.000Z');
    expect(result.expiresAt.toISOString()).toBe('2026-11-22T12:10:00.000Z');
    expect(issuer.requests).toEqual(['/tenant/.well-known/openid-configuration', '/tenant/jwks']);
  });

  it('takes the first signing key, skipping encryption keys', async () => {
    const enc = { ...rsaJwk('enc-1'), use: 'enc' };
    const ec = ecJwk('ec-1');
    issuer.keys = [enc, ec];
    const result = await client.discover(issuer.uri);
    expect(firstSigningKey(result.jwks)?.kid).toBe('ec-1');
  });

  it.each<[string, (t: TestIssuer) => void, string]>([
    [
      'a missing discovery document',
      (t) =>
        t.routes.set('/tenant/.well-known/openid-configuration', (_q, s) => sendJson(s, 404, {})),
      'the discovery document answered HTTP 404',
    ],
    [
      'a redirect',
      (t) =>
        t.routes.set('/tenant/.well-known/openid-configuration', (_q, s) => {
          s.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
          s.end();
        }),
      'the discovery document answered HTTP 302; redirects are not followed',
    ],
    [
      'a non-JSON document',
      (t) =>
        t.routes.set('/tenant/.well-known/openid-configuration', (_q, s) => {
          s.writeHead(200, { 'content-type': 'text/html' });
          s.end('<html></html>');
        }),
      'the discovery document is not JSON',
    ],
    [
      'a document for another issuer',
      (t) =>
        t.routes.set('/tenant/.well-known/openid-configuration', (_q, s) =>
          sendJson(s, 200, { issuer: 'https://evil.example', jwks_uri: `${t.uri}/jwks` }),
        ),
      'the discovery document names another issuer, https://evil.example',
    ],
    [
      'no jwks_uri',
      (t) =>
        t.routes.set('/tenant/.well-known/openid-configuration', (_q, s) =>
          sendJson(s, 200, { issuer: t.uri }),
        ),
      'the discovery document has no jwks_uri',
    ],
    [
      'a plain-http jwks_uri on a public host',
      (t) =>
        t.routes.set('/tenant/.well-known/openid-configuration', (_q, s) =>
          sendJson(s, 200, { issuer: t.uri, jwks_uri: 'http://keys.example/jwks' }),
        ),
      'jwks_uri must be an https URL: this server fetches plain-http issuers only from the addresses its operator allows (OIDC_DISCOVERY_ALLOW)',
    ],
    [
      'a failing JWKS',
      (t) => t.routes.set('/tenant/jwks', (_q, s) => sendJson(s, 500, {})),
      'the JWKS answered HTTP 500',
    ],
    [
      'a JWKS without keys',
      (t) => t.routes.set('/tenant/jwks', (_q, s) => sendJson(s, 200, { nope: [] })),
      'the JWKS is not a {"keys": [...]} object',
    ],
    [
      'a JWKS with only encryption keys',
      (t) => {
        t.keys = [{ ...rsaJwk('enc'), use: 'enc' }];
      },
      'the JWKS has no RSA or EC signing key',
    ],
    [
      'a JWKS whose key does not import',
      (t) => {
        t.keys = [{ kty: 'EC', kid: 'broken', crv: 'P-256', x: 'AQAB', y: 'AQAB' }];
      },
      'the first signing key of the JWKS is not a valid public key',
    ],
    [
      'a JWKS whose RSA key is too short',
      (t) => {
        t.keys = [{ kty: 'RSA', kid: 'tiny', n: 'AQAB', e: 'AQAB' }];
      },
      'the first signing key of the JWKS is an RSA key shorter than 2048 bits',
    ],
  ])('refuses %s', async (_label, arrange, expected) => {
    arrange(issuer);
    expect(await reason(client.discover(issuer.uri))).toBe(expected);
  });

  it('refuses a body over the size limit without reading it all', async () => {
    const small = new JwksClient({ clock, policy, maxBytes: 1000 });
    issuer.routes.set('/tenant/jwks', (_q, s) => {
      s.writeHead(200, { 'content-type': 'application/json' });
      s.end(JSON.stringify({ keys: [], padding: 'x'.repeat(5000) }));
    });
    expect(await reason(small.discover(issuer.uri))).toBe('the JWKS is larger than 1000 bytes');
  });

  it('gives up after the timeout instead of hanging', async () => {
    const quick = new JwksClient({ clock, policy, timeoutMs: 200 });
    issuer.routes.set('/tenant/.well-known/openid-configuration', () => {
      // Never answer.
    });
    const started = Date.now();
    expect(await reason(quick.discover(issuer.uri))).toBe(
      'the discovery document could not be fetched (timed out after 0.2 s)',
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports a refused connection briefly', async () => {
    const uri = issuer.uri;
    await issuer.close();
    expect(await reason(client.discover(uri))).toBe(
      'the discovery document could not be fetched (ECONNREFUSED)',
    );
    issuer = await startTestIssuer();
  });

  it('uses the injected fetch function', async () => {
    const seen: string[] = [];
    const key = rsaJwk('fake-1');
    const fake: FetchFn = async (url) => {
      seen.push(url);
      const body = url.endsWith('/openid-configuration')
        ? { issuer: 'https://idp.example', jwks_uri: 'https://idp.example/keys' }
        : { keys: [key] };
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const injected = new JwksClient({ clock, fetch: fake });
    const result = await injected.discover('https://idp.example');
    expect(seen).toEqual([
      'https://idp.example/.well-known/openid-configuration',
      'https://idp.example/keys',
    ]);
    expect(result.jwks.keys).toEqual([key]);
  });
});

describe('JwksClient.getKeys', () => {
  it('serves a registered key without any fetch', async () => {
    const jwk = rsaJwk('registered');
    expect(await client.getKeys(source({ jwk }))).toEqual({ keys: [jwk] });
    expect(await client.refreshForUnknownKid(source({ jwk }))).toEqual({ keys: [jwk] });
    expect(issuer.requests).toEqual([]);
  });

  it('serves from the cache for 10 minutes, then refetches (and reports the refresh)', async () => {
    const first = await client.getKeys(source());
    expect(first).toEqual({ keys: issuer.keys });
    expect(issuer.count('/jwks')).toBe(1);

    issuer.keys = [rsaJwk('key-2')];
    clock.advance(JWKS_TTL_MS - 1);
    expect(await client.getKeys(source())).toEqual(first);
    expect(issuer.count('/jwks')).toBe(1);

    clock.advance(1);
    expect((await client.getKeys(source())).keys[0]?.kid).toBe('key-2');
    expect(issuer.count('/jwks')).toBe(2);
    expect(refreshed.map((r) => r.fetchedAt.toISOString())).toEqual([
      '2026-11-22T12:00:00.000Z',
      '2026-11-22T12:10:00.000Z',
    ]);
  });

  it('starts from stored keys while they are fresh', async () => {
    const stored = { keys: [rsaJwk('stored')] };
    const fromStore = source({
      jwks: stored,
      fetchedAt: new Date('2026-11-22T11:55:00.000Z'),
      expiresAt: new Date('2026-11-22T12:05:00.000Z'),
    });
    expect(await client.getKeys(fromStore)).toEqual(stored);
    expect(issuer.requests).toEqual([]);
    clock.advance(5 * 60 * 1000);
    expect(await client.getKeys(fromStore)).toEqual({ keys: issuer.keys });
    expect(issuer.count('/jwks')).toBe(1);
  });

  it('shares one fetch between concurrent callers', async () => {
    const [a, b, c] = await Promise.all([
      client.getKeys(source()),
      client.getKeys(source()),
      client.refreshForUnknownKid(source()),
    ]);
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(issuer.count('/openid-configuration')).toBe(1);
  });

  it('after a failed fetch, waits out the cool-down before trying again', async () => {
    issuer.routes.set('/tenant/jwks', (_q, s) => sendJson(s, 503, {}));
    expect(await reason(client.getKeys(source()))).toBe('the JWKS answered HTTP 503');
    expect(await reason(client.getKeys(source()))).toBe('the JWKS answered HTTP 503');
    expect(issuer.count('/jwks')).toBe(1);

    issuer.routes.clear();
    clock.advance(30_000);
    expect(await client.getKeys(source())).toEqual({ keys: issuer.keys });
    expect(issuer.count('/jwks')).toBe(2);
  });
});

describe('JwksClient.refreshForUnknownKid', () => {
  it('refetches at most once per cool-down (30 s), so unknown kids cannot hammer the issuer', async () => {
    await client.getKeys(source());
    expect(issuer.count('/jwks')).toBe(1);

    // A rotated key appears at the issuer; a token names it right after our fetch.
    issuer.keys = [...issuer.keys, rsaJwk('key-2')];
    clock.advance(10_000);
    const soon = await client.refreshForUnknownKid(source());
    expect(soon.keys.map((k) => k.kid)).toEqual(['key-1']);
    expect(issuer.count('/jwks')).toBe(1);

    clock.advance(20_000);
    const later = await client.refreshForUnknownKid(source());
    expect(later.keys.map((k) => k.kid)).toEqual(['key-1', 'key-2']);
    expect(issuer.count('/jwks')).toBe(2);

    // The refetch also restarted the cache lifetime, and the cool-down.
    clock.advance(5_000);
    await client.refreshForUnknownKid(source());
    await client.getKeys(source());
    expect(issuer.count('/jwks')).toBe(2);
  });

  it('enforces a cool-down of at least 30 s even when configured lower', async () => {
    const eager = new JwksClient({ clock, policy, cooldownMs: 1 });
    await eager.getKeys(source());
    clock.advance(29_999);
    await eager.refreshForUnknownKid(source());
    expect(issuer.count('/jwks')).toBe(1);
    clock.advance(1);
    await eager.refreshForUnknownKid(source());
    expect(issuer.count('/jwks')).toBe(2);
  });

  it('fetches when nothing is cached yet', async () => {
    expect(await client.refreshForUnknownKid(source())).toEqual({ keys: issuer.keys });
    expect(issuer.count('/jwks')).toBe(1);
  });

  it('forget() drops the cached keys', async () => {
    await client.getKeys(source());
    client.forget('issuer-1');
    await client.getKeys(source());
    expect(issuer.count('/jwks')).toBe(2);
  });
});
