import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { ManualClock } from '../clock';
import { FakeUpstream } from '../testing/fake-upstream';

/** The console in live mode against a fake upstream that records what it is sent. */
const SERVER_KEY = 'SERVERHELDKEY0123456789ABCDEFGHIJK';
const USER_KEY = 'USERPASTEDKEY9876543210ZYXWVUTSRQP';
const ORG = '11111111-2222-4333-8444-555555555555';
/** The caller's organizations as upstream lists them: the one organization `ORG`. */
const ORGANIZATIONS = {
  organizations: [{ id: ORG, name: 'A', type: 'b', date_created: '2026-01-01T00:00:00+00:00' }],
  meta: { total: 1, links: { next: '', prev: '' } },
};
const ROLE = '66666666-7777-4888-9999-aaaaaaaaaaaa';
let upstream: FakeUpstream;
let app: FastifyInstance;
let base: string;
const logs: string[] = [];
const waits: number[] = [];
const seenResponses: string[] = [];

beforeAll(async () => {
  upstream = await new FakeUpstream().start();
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  app = await buildApp({
    config: { mode: 'live', upstream: upstream.url, consoleToken: null, host: '127.0.0.1' },
    clock: new ManualClock(),
    db: null,
    serverApiKey: SERVER_KEY,
    webRoot: null,
    logStream,
    upstreamOptions: {
      totalTimeoutMs: 400,
      retries: 2,
      backoffMs: 10,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
    stsRateLimit: { burst: 1000, perSecond: 1000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  upstream.reset();
  waits.length = 0;
});
afterAll(async () => {
  await app.close();
  await upstream.stop();
  // No response and no log line of this whole file ever carried a key (and the logs were read).
  expect(logs.join('')).toContain('did not answer in time');
  for (const text of [...seenResponses, ...logs]) {
    expect(text).not.toContain(SERVER_KEY);
    expect(text).not.toContain(USER_KEY);
  }
});

async function api(
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'x-console-request': '1',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body,
  });
  const text = await res.text();
  seenResponses.push(text, JSON.stringify([...res.headers]));
  return {
    status: res.status,
    text,
    json: text ? (JSON.parse(text) as unknown) : undefined,
    headers: res.headers,
  };
}

const role = {
  id: ROLE,
  name: 'Ops',
  description: '',
  role_type: 'assumable',
  max_session_duration: 3600,
  policies: [],
  date_created: '2026-11-22T10:00:00+00:00',
};
const listOf = (key: string, items: unknown[]) => ({
  [key]: items,
  meta: { total: items.length, links: { next: '', prev: '' } },
});

describe('forwarding', () => {
  it('adds the server-held key as Bearer and forwards only what it should', async () => {
    upstream.script('GET', '/v2/roles?per_page=5', [{ body: listOf('roles', [role]) }]);
    const res = await api('/api/v2/roles?per_page=5', {
      headers: { cookie: 'a=b', 'x-forwarded-for': '1.2.3.4' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(listOf('roles', [role]));
    const got = upstream.received[0]!;
    expect(got.url).toBe('/v2/roles?per_page=5');
    expect(got.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
    expect(got.headers.cookie).toBeUndefined();
    expect(got.headers['x-console-request']).toBeUndefined();
    expect(got.headers['x-forwarded-for']).toBeUndefined();
  });

  it('forwards a user-pasted key for that request only, and bodies as they came', async () => {
    upstream.on((r) => (r.method === 'POST' ? { status: 201, body: role } : undefined));
    await api('/api/v2/roles', {
      method: 'POST',
      body: '{"name":"Ops","role_type":"assumable"}',
      headers: { 'x-vultr-api-key': USER_KEY },
    });
    await api('/api/v2/roles', { method: 'POST', body: '{"name":"Ops","role_type":"assumable"}' });
    expect(upstream.received.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${USER_KEY}`,
      `Bearer ${SERVER_KEY}`,
    ]);
    expect(upstream.received[0]!.body).toBe('{"name":"Ops","role_type":"assumable"}');
    // The key is in the Authorization header and nowhere else in what the upstream received.
    for (const r of upstream.received) {
      const { authorization: _a, ...rest } = r.headers;
      expect(JSON.stringify(rest) + r.url + r.body).not.toContain(USER_KEY);
    }
  });
});

describe('the tolerant reader', () => {
  it('unwraps wrapped create bodies and renames alternative list keys', async () => {
    upstream.on((r) =>
      r.method === 'POST' && r.url === '/v2/roles' ? { status: 201, body: { role } } : undefined,
    );
    upstream.on((r) =>
      r.url === '/v2/organizations'
        ? {
            body: {
              orgs: [
                {
                  id: ORG,
                  name: 'Acme',
                  type: 'business',
                  date_created: '2026-01-01T00:00:00+00:00',
                },
              ],
              meta: { total: 1, links: { next: '', prev: '' } },
            },
          }
        : undefined,
    );
    expect((await api('/api/v2/roles', { method: 'POST', body: '{}' })).json).toEqual(role);
    expect((await api('/api/v2/organizations')).json).toMatchObject({
      organizations: [{ id: ORG, name: 'Acme' }],
    });
  });

  it('reads sessions under assumed_role_sessions, boolean conditions_met and zone-less times', async () => {
    const session = {
      session_token: 'ars-x',
      role_id: ROLE,
      user_id: ORG,
      oidc_issuer_id: '',
      session_name: 'ss',
      auth_method: 'api_key',
      remaining_duration: 10,
      conditions_met: true,
      source_ip: '',
      assumed_at: '2026-11-22T10:00:00',
      expires_at: '2026-11-22T11:00:00',
    };
    upstream.on(() => ({
      body: { assumed_role_sessions: [session], meta: { total: 1, links: { next: '', prev: '' } } },
    }));
    const res = await api(`/api/v2/assumed-roles/users/${ORG}/sessions`);
    expect(res.json).toMatchObject({
      sessions: [
        {
          conditions_met: ['all'],
          expires_at: '2026-11-22T11:00:00Z',
          assumed_at: '2026-11-22T10:00:00Z',
        },
      ],
    });
  });

  it('turns a reply that fits no variant into a 502 saying what did not fit', async () => {
    upstream.on(() => ({
      body: { roles: [{ ...role, id: 42 }], meta: { total: 1, links: { next: '', prev: '' } } },
    }));
    const res = await api('/api/v2/roles');
    expect(res.status).toBe(502);
    expect(res.json).toEqual({
      error:
        "the upstream's reply to GET /v2/roles does not match the Vultr API (roles.0.id must be a string)",
      status: 502,
    });
  });

  it('asks the upstream every time, even when it read the same reply before', async () => {
    const good = listOf('roles', [role]);
    upstream.script('GET', '/v2/roles?per_page=7', [
      { body: good },
      { body: good },
      // A role without its id is outside the contract, whatever else it carries.
      { body: listOf('roles', [{ ...role, id: undefined }]) },
    ]);
    expect((await api('/api/v2/roles?per_page=7')).json).toEqual(good);
    expect((await api('/api/v2/roles?per_page=7')).json).toEqual(good);
    const changed = await api('/api/v2/roles?per_page=7');
    expect(changed.status).toBe(502);
    expect(upstream.received).toHaveLength(3);
  });

  it('gives upstream errors the documented shape', async () => {
    upstream.on(() => ({ status: 404, body: { error: 'Role not found', status: 404 } }));
    expect((await api(`/api/v2/roles/${ROLE}`)).json).toEqual({
      error: 'Role not found',
      status: 404,
    });
    upstream.reset();
    // Some Vultr endpoints name the problem under `message`: its text is kept.
    upstream.on(() => ({ status: 400, body: { message: 'Invalid role name', status: 400 } }));
    expect((await api(`/api/v2/roles/${ROLE}`)).json).toEqual({
      error: 'Invalid role name',
      status: 400,
    });
    upstream.reset();
    upstream.on(() => ({ status: 500, body: '<html>oops</html>' }));
    const res = await api(`/api/v2/roles/${ROLE}`, { method: 'DELETE' });
    expect(res.json).toEqual({
      error: `upstream ${new URL(upstream.url).host} answered HTTP 500`,
      status: 500,
    });
  });
});

describe('retries and timeouts', () => {
  it('retries idempotent requests on 503 with backoff', async () => {
    upstream.script('GET', '/v2/roles', [
      { status: 503, body: {} },
      { status: 503, body: {} },
      { body: listOf('roles', []) },
    ]);
    const res = await api('/api/v2/roles');
    expect(res.status).toBe(200);
    expect(upstream.received).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
  });

  it('honours Retry-After, and passes a long one back instead of waiting', async () => {
    upstream.script('GET', '/v2/roles', [
      { status: 429, headers: { 'retry-after': '1' }, body: {} },
      { body: listOf('roles', []) },
    ]);
    expect((await api('/api/v2/roles')).status).toBe(200);
    expect(waits).toEqual([1000]);
    upstream.reset();
    waits.length = 0;
    upstream.script('GET', '/v2/roles', [
      {
        status: 429,
        headers: { 'retry-after': '3600' },
        body: { error: 'slow down', status: 429 },
      },
    ]);
    const res = await api('/api/v2/roles');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3600');
    expect(waits).toEqual([]);
  });

  it('never retries a POST', async () => {
    upstream.on(() => ({ status: 503, body: { error: 'busy', status: 503 } }));
    const res = await api('/api/v2/roles', { method: 'POST', body: '{}' });
    expect(res.status).toBe(503);
    expect(upstream.received).toHaveLength(1);
  });

  it('answers 504 when the headers came in time but the body stops half way', async () => {
    upstream.on(() => ({ stallBodyMs: 2000, body: listOf('roles', [role]) }));
    const started = Date.now();
    const res = await api('/api/v2/roles', { method: 'POST', body: '{}' });
    expect(res.json).toEqual({
      error: `upstream ${new URL(upstream.url).host} did not answer in time`,
      status: 504,
    });
    // The total timeout (400 ms here) counts from the start, not from the last byte.
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('answers 504 naming the upstream when it is slow', async () => {
    upstream.on(() => ({ delayMs: 2000, body: {} }));
    const res = await api('/api/v2/roles', { method: 'POST', body: '{}' });
    expect(res.json).toEqual({
      error: `upstream ${new URL(upstream.url).host} did not answer in time`,
      status: 504,
    });
  });
});

describe('POST /api/sts', () => {
  const xmlOk = (op: string, extra = '') =>
    `<${op}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${op}Result>${extra}<Credentials><AccessKeyId>ASIAEXAMPLE123456789</AccessKeyId><SecretAccessKey>s3cr3t&amp;more</SecretAccessKey><SessionToken>ars-token</SessionToken><Expiration>2026-11-22T13:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>${ROLE}:s</AssumedRoleId><Arn>arn:aws:sts::${ORG}:assumed-role/R&amp;D/s</Arn></AssumedRoleUser></${op}Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${op}Response>`;
  const sts = (body: object, headers: Record<string, string> = {}) =>
    api('/api/sts', { method: 'POST', body: JSON.stringify(body), headers });

  it('AssumeRole: presents the API key as Bearer, builds the ARN from the role id, answers JSON', async () => {
    upstream.on((r) => (r.url === '/v2/organizations' ? { body: ORGANIZATIONS } : undefined));
    upstream.on((r) =>
      r.url.startsWith('/v2/assumed-roles/compatibility/aws/sts')
        ? { body: xmlOk('AssumeRole') }
        : undefined,
    );
    const res = await sts({
      action: 'AssumeRole',
      role_id: ROLE,
      session_name: 'ss',
      duration_seconds: 900,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      action: 'AssumeRole',
      credentials: {
        access_key_id: 'ASIAEXAMPLE123456789',
        secret_access_key: 's3cr3t&more',
        session_token: 'ars-token',
        expiration: '2026-11-22T13:00:00Z',
      },
      assumed_role_user: {
        arn: `arn:aws:sts::${ORG}:assumed-role/R&D/s`,
        assumed_role_id: `${ROLE}:s`,
      },
      request_id: 'req-1',
      raw_xml: expect.stringContaining('<AssumeRoleResponse'),
    });
    const call = upstream.received.find((r) => r.method === 'POST')!;
    expect(call.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
    expect(call.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(call.body))).toEqual({
      Action: 'AssumeRole',
      Version: '2011-06-15',
      RoleArn: `arn:aws:iam::${ORG}:role/${ROLE}`,
      RoleSessionName: 'ss',
      DurationSeconds: '900',
    });
  });

  it('AssumeRoleWithWebIdentity: sends the JWT as Bearer and as WebIdentityToken, never the API key', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    upstream.on(() => ({
      body: xmlOk(
        'AssumeRoleWithWebIdentity',
        '<SubjectFromWebIdentityToken>x</SubjectFromWebIdentityToken><Provider>https://issuer</Provider><Audience>vultr</Audience>',
      ),
    }));
    const res = await sts(
      {
        action: 'AssumeRoleWithWebIdentity',
        role_arn: `arn:aws:iam::${ORG}:role/${ROLE}`,
        session_name: 'web',
        web_identity_token: jwt,
      },
      { 'x-vultr-api-key': USER_KEY },
    );
    expect(res.json).toMatchObject({
      subject_from_web_identity_token: 'x',
      provider: 'https://issuer',
      audience: 'vultr',
    });
    const call = upstream.received[0]!;
    expect(call.headers.authorization).toBe(`Bearer ${jwt}`);
    expect(new URLSearchParams(call.body).get('WebIdentityToken')).toBe(jwt);
    expect(JSON.stringify(call)).not.toContain(USER_KEY);
    expect(JSON.stringify(call)).not.toContain(SERVER_KEY);
  });

  it('AssumeRoleWithWebIdentity by role id: the API key finds the organization, the JWT assumes', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ5In0.c2ln';
    upstream.on(() => ({ body: xmlOk('AssumeRoleWithWebIdentity') }));
    upstream.on((r) => (r.method === 'GET' ? { body: ORGANIZATIONS } : undefined));
    const body = {
      action: 'AssumeRoleWithWebIdentity',
      role_id: ROLE,
      session_name: 'web',
      web_identity_token: jwt,
    };
    for (const [headers, key] of [
      [{ 'x-vultr-api-key': USER_KEY }, USER_KEY],
      [{}, SERVER_KEY],
    ] as const) {
      upstream.received.length = 0;
      const res = await sts(body, headers);
      expect(res.status).toBe(200);
      const [lookup, assume] = upstream.received;
      expect(lookup).toMatchObject({ method: 'GET', url: '/v2/organizations' });
      expect(lookup!.headers.authorization).toBe(`Bearer ${key}`);
      expect(assume!.headers.authorization).toBe(`Bearer ${jwt}`);
      expect(new URLSearchParams(assume!.body).get('RoleArn')).toBe(
        `arn:aws:iam::${ORG}:role/${ROLE}`,
      );
      expect(JSON.stringify(assume)).not.toContain(key);
    }
    // A key the upstream refuses is its 401, not a 502.
    upstream.reset();
    upstream.on(() => ({ status: 401, body: { error: 'Invalid API token.', status: 401 } }));
    const refused = await sts(body);
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ status: 401 });
  });

  it('turns AWS error XML into JSON with code, message and request id, keeping the status', async () => {
    upstream.on(() => ({
      status: 403,
      headers: { 'x-amzn-requestid': 'req-9' },
      body: '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: u is not authorized</Message></Error><RequestId>req-9</RequestId></ErrorResponse>',
    }));
    const res = await sts({
      action: 'AssumeRole',
      role_arn: `arn:aws:iam::${ORG}:role/${ROLE}`,
      session_name: 'ss',
    });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      error: 'User: u is not authorized',
      status: 403,
      code: 'AccessDenied',
      message: 'User: u is not authorized',
      requestId: 'req-9',
    });
  });

  it('refuses replies with a DTD (no entity expansion) and non-XML replies with 502', async () => {
    const assumeRole = {
      action: 'AssumeRole',
      role_arn: `arn:aws:iam::${ORG}:role/${ROLE}`,
      session_name: 'ss',
    };
    upstream.on(() => ({
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><AssumeRoleResponse>&a;</AssumeRoleResponse>',
    }));
    expect((await sts(assumeRole)).status).toBe(502);
    upstream.reset();
    upstream.on(() => ({ status: 500, body: { not: 'xml' } }));
    expect((await sts(assumeRole)).status).toBe(502);
  });

  it('validates its JSON body with the shared schema', async () => {
    const res = await sts({
      action: 'AssumeRoleWithWebIdentity',
      role_arn: `arn:aws:iam::${ORG}:role/${ROLE}`,
      session_name: 'ss',
    });
    expect(res.json).toEqual({
      error: 'web_identity_token is required for AssumeRoleWithWebIdentity',
      status: 400,
    });
    expect((await sts({ action: 'AssumeRole', session_name: 'ss' })).json).toEqual({
      error: 'role_arn give either role_arn or role_id',
      status: 400,
    });
    expect((await api('/api/sts', { method: 'POST', body: '{nope' })).json).toEqual({
      error: 'body is not valid JSON',
      status: 400,
    });
    expect(upstream.received).toHaveLength(0);
  });
});

describe('embedded-only helpers in live mode', () => {
  it('refuse Call as and development tokens with 404, and call nothing upstream', async () => {
    expect((await api('/api/call-as-users')).json).toEqual({
      error: 'Call as is only available in embedded mode',
      status: 404,
    });
    const minted = await api('/api/dev-token', { method: 'POST', body: '{"sub":"x"}' });
    expect(minted.json).toEqual({
      error: 'The development issuer is only available in embedded mode',
      status: 404,
    });
    expect(upstream.received).toHaveLength(0);
  });

  it('still tells the browser its address', async () => {
    expect((await api('/api/client-address')).json).toEqual({ ip: '127.0.0.1' });
  });
});
