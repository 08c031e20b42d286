import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  jwksSchema,
  oidcIssuerListSchema,
  oidcIssuerReadSchema,
  oidcIssuerSchema,
} from '../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../shared/schemas/oidc-issuer';
import { ecJwk, rsaJwk, sendJson, startTestIssuer } from '../../testing/test-issuer';
import type { TestIssuer } from '../../testing/test-issuer';
import {
  createRecord,
  expectError,
  itRefusesWithoutToken,
  ownerIdOf,
  pageUrl,
  readOk,
  walkPages,
} from '../../testing/api-kit';
import { startTestServer, useTestServer } from '../../testing/test-support';

/** The plain-http addresses the server may fetch from; tests add their local issuers. */
const allowed: string[] = [];
const allow = (issuer: TestIssuer) => allowed.push(new URL(issuer.uri).origin);
const server = useTestServer({ oidcDiscoveryAllow: allowed });
let idp: TestIssuer;
let ownerId: string;
beforeAll(async () => {
  idp = await startTestIssuer('/realms/dev');
  allow(idp);
  ownerId = ownerIdOf(server);
});
afterAll(async () => {
  await idp.close();
});

const stamp = () => `${server.clock.now().toISOString().slice(0, 19)}+00:00`;

let serial = 0;
/** Registers an issuer with an RSA key, a second after the previous one. */
async function registerRsa(over: Record<string, unknown> = {}): Promise<OidcIssuer> {
  serial++;
  server.clock.advance(1000);
  const { kty, n, e } = rsaJwk('shared-test-key');
  const res = await server.v2('POST', '/v2/oidc/issuer', {
    body: {
      issuer: {
        source: 'external',
        uri: `https://issuer-${serial}.example`,
        kid: `k-${serial}`,
        kty,
        n,
        e,
        alg: 'RS256',
        ...over,
      },
    },
  });
  expect(res.status).toBe(201);
  return oidcIssuerSchema.parse(res.json);
}

async function allIssuers(): Promise<OidcIssuer[]> {
  return oidcIssuerListSchema.parse((await server.v2('GET', '/v2/oidc/issuer')).json).issuers;
}

describe('auth', () => {
  itRefusesWithoutToken(server, [
    ['GET', '/v2/oidc/issuer'],
    ['POST', '/v2/oidc/issuer'],
    ['GET', `/v2/oidc/issuer/${randomUUID()}/jwks`],
  ]);
});

describe('GET /v2/oidc/issuer', () => {
  it('lists the seeded issuers (GitHub and the development issuer) with their registered keys', async () => {
    const res = await server.v2('GET', '/v2/oidc/issuer');
    expect(res.status).toBe(200);
    const list = oidcIssuerListSchema.parse(res.json);
    expect(list.meta).toEqual({ total: 2, links: { next: '', prev: '' } });
    expect(list.issuers[1]).toMatchObject({
      display_name: 'Development issuer',
      uri: `${server.baseUrl}/oidc/dev`,
      kid: 'console-dev-1',
    });
    expect(list.issuers[0]).toMatchObject({
      source: 'external',
      uri: 'https://token.actions.githubusercontent.com',
      display_name: 'GitHub Actions',
      kid: 'github-actions-1',
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      e: 'AQAB',
      jwks_fetched_at: '',
      jwks_expires_at: '',
    });
    expect(list.issuers[0]?.n.length).toBeGreaterThan(300);
  });

  it('pages with per_page=1 to the end and back', async () => {
    await registerRsa();
    await registerRsa();
    const all = await allIssuers();
    expect(all.length).toBeGreaterThanOrEqual(3);
    const read = (json: unknown) => oidcIssuerListSchema.parse(json);
    const path = '/v2/oidc/issuer';
    const { items, prevs, total } = await walkPages(server, path, 1, read, (p) => p.issuers);
    expect(total).toBe(all.length);
    expect(items.map((i) => i.id)).toEqual(all.map((i) => i.id));
    expect(prevs[0]).toBe('');
    const back = await readOk(server, pageUrl(path, 1, prevs.at(-1)), read);
    expect(back.issuers.map((i) => i.id)).toEqual([all.at(-2)!.id]);
  });

  it('rejects a bad per_page', async () => {
    const res = await server.v2('GET', '/v2/oidc/issuer?per_page=501');
    expect(res.json).toEqual({ error: 'per_page must be between 1 and 500', status: 400 });
  });
});

describe('POST /v2/oidc/issuer with key fields', () => {
  it('registers an RSA key → 201 unwrapped; read, jwks and created_by agree', async () => {
    const jwk = rsaJwk('rsa-main');
    server.clock.advance(1000);
    const body = {
      issuer: {
        source: 'external',
        uri: 'https://login.example.com/',
        kid: 'rsa-main',
        kty: 'RSA',
        n: jwk.n,
        e: jwk.e,
        alg: 'RS384',
        crv: '',
        x: '',
        y: '',
      },
    };
    const issuer = await createRecord(server, '/v2/oidc/issuer', body, (json) =>
      oidcIssuerSchema.parse(json),
    );
    expect(issuer).toEqual({
      id: expect.any(String),
      source: 'external',
      uri: 'https://login.example.com',
      kid: 'rsa-main',
      kty: 'RSA',
      n: jwk.n,
      e: jwk.e,
      alg: 'RS384',
      use: 'sig',
      jwks_fetched_at: '',
      jwks_expires_at: '',
      display_name: 'login.example.com',
      crv: '',
      x: '',
      y: '',
    });

    const read = await server.v2('GET', `/v2/oidc/issuer/${issuer.id}`);
    expect(read.status).toBe(200);
    expect(oidcIssuerReadSchema.parse(read.json).issuer).toEqual(issuer);

    const keys = await server.v2('GET', `/v2/oidc/issuer/${issuer.id}/jwks`);
    expect(keys.status).toBe(200);
    expect(jwksSchema.parse(keys.json)).toEqual({
      keys: [{ kty: 'RSA', n: jwk.n, e: jwk.e, kid: 'rsa-main', alg: 'RS384', use: 'sig' }],
    });
    const createdBy = server.store.db
      .prepare('SELECT created_by FROM oidc_issuers WHERE id = ?')
      .pluck()
      .get(issuer.id);
    expect(createdBy).toBe(ownerId);
  });

  it('registers an ES256 key with a display name', async () => {
    const jwk = ecJwk('ec-main');
    const res = await server.v2('POST', '/v2/oidc/issuer', {
      body: {
        issuer: {
          uri: 'https://ec.example.com',
          kid: 'ec-main',
          kty: 'EC',
          crv: 'P-256',
          x: jwk.x,
          y: jwk.y,
          alg: 'ES256',
          use: 'sig',
          display_name: 'EC issuer',
        },
      },
    });
    expect(res.status).toBe(201);
    expect(oidcIssuerSchema.parse(res.json)).toMatchObject({
      source: 'external',
      kty: 'EC',
      alg: 'ES256',
      crv: 'P-256',
      x: jwk.x,
      y: jwk.y,
      n: '',
      e: '',
      display_name: 'EC issuer',
    });
  });

  const rsa = rsaJwk('validation');
  const ec = ecJwk('validation-ec');
  const body = (over: Record<string, unknown>) => ({
    issuer: { uri: 'https://v.example', kty: 'RSA', n: rsa.n, e: rsa.e, alg: 'RS256', ...over },
  });
  it.each([
    [{ uri: 'https://x.example' }, 'issuer is required'],
    [{ issuer: 'https://x.example' }, 'issuer must be an object'],
    [{ issuer: {} }, 'issuer.uri is required'],
    [body({ uri: 5 }), 'issuer.uri must be a string'],
    [body({ uri: '  ' }), 'issuer.uri must not be empty'],
    [body({ uri: 'login.example.com' }), 'issuer.uri must be an absolute https URL'],
    [
      body({ uri: 'http://login.example.com' }),
      'issuer.uri must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])',
    ],
    [
      body({ uri: 'ftp://login.example.com' }),
      'issuer.uri must be an absolute https URL (http only for 127.0.0.1, localhost or [::1])',
    ],
    [body({ uri: 'https://a.example/?x=1' }), 'issuer.uri must not have a query or fragment'],
    [body({ uri: 'https://a.example/#top' }), 'issuer.uri must not have a query or fragment'],
    [body({ uri: 'https://u:p@a.example' }), 'issuer.uri must not contain credentials'],
    [body({ source: 'vultr' }), 'issuer.source must be external'],
    [body({ kty: 'oct' }), 'issuer.kty must be RSA or EC'],
    [body({ alg: 'HS256' }), 'issuer.alg must be one of RS256, RS384, RS512, ES256'],
    [body({ use: 'enc' }), 'issuer.use must be sig'],
    [body({ kty: undefined }), 'issuer.kty is required when key fields are given'],
    [body({ alg: undefined }), 'issuer.alg is required when key fields are given'],
    [
      { issuer: { uri: 'https://v.example', kid: 'only-a-kid' } },
      'issuer.kty is required when key fields are given',
    ],
    [body({ n: undefined }), 'issuer.n is required when kty is RSA'],
    [body({ e: '' }), 'issuer.e is required when kty is RSA'],
    [body({ n: 'not base64url!' }), 'issuer.n must be base64url without padding'],
    [body({ x: ec.x }), 'issuer.x must not be given when kty is RSA'],
    [body({ alg: 'ES256' }), 'issuer.alg must be RS256, RS384 or RS512 when kty is RSA'],
    [
      body({ kty: 'EC', n: undefined, e: undefined, crv: 'P-256', x: ec.x, alg: 'ES256' }),
      'issuer.y is required when kty is EC',
    ],
    [
      body({ kty: 'EC', n: undefined, e: undefined, crv: 'P-384', x: ec.x, y: ec.y }),
      'issuer.crv must be P-256',
    ],
    [
      body({ kty: 'EC', crv: 'P-256', x: ec.x, y: ec.y, alg: 'ES256' }),
      'issuer.n must not be given when kty is EC',
    ],
    [
      body({ kty: 'EC', n: undefined, e: undefined, crv: 'P-256', x: ec.x, y: ec.y }),
      'issuer.alg must be ES256 when kty is EC',
    ],
    [
      body({ kty: 'EC', n: undefined, e: undefined, crv: 'P-256', x: ec.x, y: ec.x, alg: 'ES256' }),
      'issuer key is not a valid EC public key',
    ],
    [body({ n: 'AQAB' }), 'issuer.n must be an RSA modulus of at least 2048 bits'],
    [body({ display_name: 'd'.repeat(101) }), 'issuer.display_name must be at most 100 characters'],
  ])('rejects %j with 400', async (input, error) => {
    const res = await server.v2('POST', '/v2/oidc/issuer', { body: input });
    expect(res.json).toEqual({ error, status: 400 });
  });

  it('refuses a uri the organization already has → 409, even with a trailing slash', async () => {
    const first = await registerRsa({ uri: 'https://dup.example/' });
    expect(first.uri).toBe('https://dup.example');
    for (const uri of ['https://dup.example', 'https://dup.example/']) {
      const res = await server.v2('POST', '/v2/oidc/issuer', { body: body({ uri }) });
      expect(res.json).toEqual({
        error: 'an issuer with uri https://dup.example already exists',
        status: 409,
      });
    }
  });

  it('keeps only one trailing slash off, and paths as given', async () => {
    const issuer = await registerRsa({ uri: 'https://paths.example/tenant/a//' });
    expect(issuer.uri).toBe('https://paths.example/tenant/a/');
    expect(issuer.display_name).toBe('paths.example');
  });
});

describe('POST /v2/oidc/issuer by uri (discovery against a real local issuer)', () => {
  it('fetches and stores the keys; jwks_* times are fetch and fetch + 10 min', async () => {
    idp.keys = [{ ...rsaJwk('enc-key'), use: 'enc' }, rsaJwk('disc-1'), ecJwk('disc-ec')];
    const before = idp.count('/jwks');
    server.clock.advance(1000);
    const res = await server.v2('POST', '/v2/oidc/issuer', {
      body: { issuer: { source: 'external', uri: idp.uri, display_name: 'Local Keycloak' } },
    });
    expect(res.status).toBe(201);
    const issuer = oidcIssuerSchema.parse(res.json);
    const first = idp.keys[1]!;
    expect(issuer).toMatchObject({
      uri: idp.uri,
      kid: 'disc-1',
      kty: 'RSA',
      n: first.n,
      e: first.e,
      alg: 'RS256',
      use: 'sig',
      jwks_fetched_at: stamp(),
      jwks_expires_at: `${new Date(server.clock.now().getTime() + 600_000).toISOString().slice(0, 19)}+00:00`,
      display_name: 'Local Keycloak',
    });
    expect(idp.count('/jwks')).toBe(before + 1);

    // The JWKS endpoint serves the fetched set from the cache while it is fresh.
    const keys = await server.v2('GET', `/v2/oidc/issuer/${issuer.id}/jwks`);
    expect(jwksSchema.parse(keys.json).keys.map((k) => k.kid)).toEqual([
      'enc-key',
      'disc-1',
      'disc-ec',
    ]);
    expect(idp.count('/jwks')).toBe(before + 1);

    // After 10 minutes it refetches, and the issuer shows the new fetch times.
    idp.keys = [rsaJwk('disc-2')];
    server.clock.advance(10 * 60 * 1000);
    const fresh = await server.v2('GET', `/v2/oidc/issuer/${issuer.id}/jwks`);
    expect(jwksSchema.parse(fresh.json).keys.map((k) => k.kid)).toEqual(['disc-2']);
    expect(idp.count('/jwks')).toBe(before + 2);
    const read = oidcIssuerReadSchema.parse(
      (await server.v2('GET', `/v2/oidc/issuer/${issuer.id}`)).json,
    ).issuer;
    expect(read.kid).toBe('disc-2');
    expect(read.jwks_fetched_at).toBe(stamp());

    // When the issuer is down after expiry, the stored keys are still shown.
    idp.routes.set('/realms/dev/jwks', (_q, s) => sendJson(s, 500, {}));
    server.clock.advance(11 * 60 * 1000);
    const stale = await server.v2('GET', `/v2/oidc/issuer/${issuer.id}/jwks`);
    expect(stale.status).toBe(200);
    expect(jwksSchema.parse(stale.json).keys.map((k) => k.kid)).toEqual(['disc-2']);
    idp.routes.clear();
  });

  it('defaults display_name to the host of the uri', async () => {
    const other = await startTestIssuer();
    allow(other);
    try {
      const res = await server.v2('POST', '/v2/oidc/issuer', {
        body: { issuer: { uri: other.uri } },
      });
      expect(res.status).toBe(201);
      expect(oidcIssuerSchema.parse(res.json).display_name).toBe(new URL(other.uri).host);
    } finally {
      await other.close();
    }
  });

  const unavailable = (uri: string) => ({
    error: `could not fetch the issuer's keys from ${uri}: the issuer's discovery document or keys could not be fetched`,
    status: 400,
  });

  it('answers 400 with one text, naming only the uri, when the keys cannot be fetched', async () => {
    const missing = `${idp.uri}/nowhere`;
    const res = await server.v2('POST', '/v2/oidc/issuer', { body: { issuer: { uri: missing } } });
    expect(res.json).toEqual(unavailable(missing));

    const gone = await startTestIssuer();
    const goneUri = gone.uri;
    allow(gone);
    await gone.close();
    const refused = await server.v2('POST', '/v2/oidc/issuer', {
      body: { issuer: { uri: goneUri } },
    });
    expect(refused.json).toEqual(unavailable(goneUri));
    expect((await allIssuers()).map((i) => i.uri)).not.toContain(goneUri);
  });

  it('says the same for a closed port, a port that does not speak HTTP, a bad port, non-JSON, a 404 and a 500', async () => {
    const closed = await startTestIssuer();
    const closedOrigin = new URL(closed.uri).origin;
    await closed.close();
    // A port that accepts the connection and answers something that is not HTTP.
    const raw = createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'));
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const rawOrigin = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
    const html = await startTestIssuer('/html');
    html.routes.set('/html/.well-known/openid-configuration', (_q, s) => {
      s.writeHead(200, { 'content-type': 'text/html' });
      s.end('<html></html>');
    });
    const failing = await startTestIssuer('/down');
    failing.routes.set('/down/.well-known/openid-configuration', (_q, s) => sendJson(s, 500, {}));
    const badPort = 'http://127.0.0.1:0';
    allowed.push(closedOrigin, rawOrigin, badPort);
    allow(html);
    allow(failing);
    try {
      const uris = [
        closedOrigin,
        rawOrigin,
        `${badPort}/x`,
        html.uri,
        failing.uri,
        `${idp.uri}/nowhere-else`,
      ];
      const texts: unknown[] = [];
      for (const uri of uris) {
        const res = await server.v2('POST', '/v2/oidc/issuer', { body: { issuer: { uri } } });
        expect(res.status, uri).toBe(400);
        texts.push((res.json as { error: string }).error.replace(`from ${uri}:`, 'from <uri>:'));
      }
      expect(new Set(texts).size).toBe(1);
      expect(texts[0]).toBe(unavailable('<uri>').error);
    } finally {
      raw.close();
      await html.close();
      await failing.close();
    }
  });

  it('refuses other schemes and plain http the operator did not allow, before any fetch', async () => {
    const stranger = await startTestIssuer('/not-allowed');
    try {
      const plain = await server.v2('POST', '/v2/oidc/issuer', {
        body: { issuer: { uri: stranger.uri } },
      });
      expect(plain.json).toEqual({
        error:
          'issuer.uri must be an https URL: this server fetches plain-http issuers only from the addresses its operator allows (OIDC_DISCOVERY_ALLOW)',
        status: 400,
      });
      expect(stranger.requests).toEqual([]);
      for (const uri of ['ftp://127.0.0.1/x', 'file:///etc/passwd', 'gopher://127.0.0.1:70/']) {
        const res = await server.v2('POST', '/v2/oidc/issuer', { body: { issuer: { uri } } });
        expect(res.status, uri).toBe(400);
        expect((res.json as { error: string }).error, uri).toMatch(/^issuer\.uri must be/);
      }
    } finally {
      await stranger.close();
    }
  });

  it('does not follow a jwks_uri to a plain-http address the operator did not allow', async () => {
    const stranger = await startTestIssuer();
    const pointing = await startTestIssuer('/pointing');
    allow(pointing);
    pointing.routes.set('/pointing/.well-known/openid-configuration', (_q, s) =>
      sendJson(s, 200, { issuer: pointing.uri, jwks_uri: `${stranger.uri}/jwks` }),
    );
    try {
      const res = await server.v2('POST', '/v2/oidc/issuer', {
        body: { issuer: { uri: pointing.uri } },
      });
      expect(res.json).toEqual(unavailable(pointing.uri));
      expect(stranger.requests).toEqual([]);
    } finally {
      await stranger.close();
      await pointing.close();
    }
  });

  it("registers the development issuer's own address by discovery without any setting", async () => {
    const other = await startTestServer();
    try {
      const devUri = `${other.baseUrl}/oidc/dev`;
      // The seed registers it with its key: take that one away, then register it by its URL.
      other.store.db
        .prepare(
          'DELETE FROM role_trusts WHERE trusted_oidc_issuer_id IN (SELECT id FROM oidc_issuers WHERE uri = ?)',
        )
        .run(devUri);
      other.store.db.prepare('DELETE FROM oidc_issuers WHERE uri = ?').run(devUri);
      const res = await other.v2('POST', '/v2/oidc/issuer', { body: { issuer: { uri: devUri } } });
      expect(res.status).toBe(201);
      expect(oidcIssuerSchema.parse(res.json)).toMatchObject({ uri: devUri, kid: 'console-dev-1' });
    } finally {
      await other.close();
    }
  });

  it('refuses a duplicate before fetching anything', async () => {
    const before = idp.requests.length;
    const res = await server.v2('POST', '/v2/oidc/issuer', { body: { issuer: { uri: idp.uri } } });
    expect(res.json).toEqual({
      error: `an issuer with uri ${idp.uri} already exists`,
      status: 409,
    });
    expect(idp.requests.length).toBe(before);
  });
});

describe('GET /v2/oidc/issuer/{id} and /jwks', () => {
  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', 'nope'],
  ])('answer 404 "Issuer Not Found" for %s', async (_label, id) => {
    for (const path of [`/v2/oidc/issuer/${id}`, `/v2/oidc/issuer/${id}/jwks`]) {
      expectError(await server.v2('GET', path), 404, 'Issuer Not Found');
    }
  });
});

describe('DELETE /v2/oidc/issuer/{id}', () => {
  const trustFor = (issuerId: string, deletedAt: string | null) => {
    const db = server.store.db;
    const roleId = db
      .prepare("SELECT id FROM roles WHERE name = 'CI Deployer'")
      .pluck()
      .get() as string;
    const orgId = db.prepare('SELECT org_id FROM roles WHERE id = ?').pluck().get(roleId);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO role_trusts (id, org_id, role_id, trust_type, trusted_oidc_issuer_id, created_at, deleted_at)
       VALUES (?, ?, ?, 'FederatedAssumption', ?, ?, ?)`,
    ).run(id, orgId, roleId, issuerId, server.clock.now().toISOString(), deletedAt);
    return id;
  };

  it('refuses while a live role trust names the issuer → 409', async () => {
    const github = (await allIssuers()).find((i) => i.display_name === 'GitHub Actions')!;
    const res = await server.v2('DELETE', `/v2/oidc/issuer/${github.id}`);
    expect(res.json).toEqual({
      error: 'the issuer is used by 1 role trust(s); delete them first',
      status: 409,
    });
    const issuer = await registerRsa();
    trustFor(issuer.id, null);
    trustFor(issuer.id, null);
    const two = await server.v2('DELETE', `/v2/oidc/issuer/${issuer.id}`);
    expect(two.json).toEqual({
      error: 'the issuer is used by 2 role trust(s); delete them first',
      status: 409,
    });
  });

  it('hard-deletes → 204 when only soft-deleted trusts name it, and takes those along', async () => {
    const issuer = await registerRsa();
    const trust = trustFor(issuer.id, server.clock.now().toISOString());
    const res = await server.v2('DELETE', `/v2/oidc/issuer/${issuer.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await server.v2('GET', `/v2/oidc/issuer/${issuer.id}`)).json).toEqual({
      error: 'Issuer Not Found',
      status: 404,
    });
    expect((await allIssuers()).map((i) => i.id)).not.toContain(issuer.id);
    const left = server.store.db
      .prepare('SELECT count(*) FROM role_trusts WHERE id = ?')
      .pluck()
      .get(trust);
    expect(left).toBe(0);
    // The uri is free again.
    const again = await server.v2('POST', '/v2/oidc/issuer', {
      body: {
        issuer: { uri: issuer.uri, kty: 'RSA', n: issuer.n, e: issuer.e, alg: 'RS256' },
      },
    });
    expect(again.status).toBe(201);
  });

  it.each([randomUUID(), 'bad'])('answers 404 "Issuer Not Found" for %s', async (id) => {
    const res = await server.v2('DELETE', `/v2/oidc/issuer/${id}`);
    expect(res.json).toEqual({ error: 'Issuer Not Found', status: 404 });
  });
});
