import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STS_V2_PATH } from '../shared/api/contract';
import { buildApp } from './app';
import { ManualClock } from './clock';
import { refusalAnswer } from './errors';
import { seeded } from './testing/sts-test-kit';
import { xmlProblem } from './emulator/sts/xml-check';
import { escapeXml } from './emulator/sts/xml';
import { SECURITY_HEADERS } from './security-headers';
import { makeWebRoot, useTestServer } from './testing/test-support';

/**
 * Requests no well-behaved client sends, over a real socket (the HTTP parser and the router refuse
 * some of them before any route or hook runs): each gets its documented answer.
 */
const server = useTestServer({ clock: new ManualClock(new Date()) });
let s: ReturnType<typeof seeded>;
let port: number;

beforeAll(() => {
  s = seeded(server);
  port = Number(new URL(server.baseUrl).port);
});

interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are and reads the reply until the server closes the connection. */
function rawHttp(target: number, bytes: string | Buffer): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(target, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      // The server may close before it has read everything; what it wrote still counts.
      if (e.code !== 'ECONNRESET' && e.code !== 'EPIPE') reject(e);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no HTTP reply: ${JSON.stringify(text)}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({
        status: Number(statusLine!.split(' ')[1]),
        headers,
        body: text.slice(split + 4),
      });
    });
  });
}

/** A request with `Connection: close`; `extra` are header lines (each ending in CRLF). */
function request(
  method: string,
  target: string,
  opts: { extra?: string; body?: string; host?: string; to?: number } = {},
) {
  const to = opts.to ?? port;
  const body = opts.body ?? '';
  const length = body || method === 'POST' ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : '';
  return rawHttp(
    to,
    `${method} ${target} HTTP/1.1\r\nHost: ${opts.host ?? `127.0.0.1:${to}`}\r\nConnection: close\r\n${length}${opts.extra ?? ''}\r\n${body}`,
  );
}

function expectSecurityHeaders(reply: RawReply) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(reply.headers[name], name).toBe(value);
  }
}

function expectJsonError(reply: RawReply, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(reply.body) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'status']);
  expect(body.status).toBe(status);
  expect(typeof body.error).toBe('string');
  expectSecurityHeaders(reply);
}

/** AWS error XML: well-formed, the code, and the same request id in body and header. */
function expectStsError(reply: RawReply, status: number, code: string) {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^text\/xml/);
  expect(xmlProblem(reply.body)).toBeNull();
  expect(reply.body).toMatch(
    /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">/,
  );
  expect(reply.body).toContain(`<Type>Sender</Type><Code>${code}</Code>`);
  const requestId = /<RequestId>([^<]+)<\/RequestId>/.exec(reply.body)?.[1];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(reply.headers['x-amzn-requestid']).toBe(requestId);
  expectSecurityHeaders(reply);
}

const bigHeader = `X-Padding: ${'a'.repeat(17 * 1024)}\r\n`;
const consoleHeaders = 'X-Console-Request: 1\r\n';
const FORM = 'Content-Type: application/x-www-form-urlencoded\r\n';

describe('/v2 and /api: refusals before routing are {error, status} with the security headers', () => {
  it('a path that is not valid percent-encoding is 400', async () => {
    expectJsonError(await request('GET', '/v2/roles/%ff%fe'), 400);
    expectJsonError(await request('GET', '/api/v2/roles/%ff%fe', { extra: consoleHeaders }), 400);
    expectJsonError(await request('DELETE', '/v2/roles/%c3%28'), 400);
  });

  it('a path segment over 100 characters is 414', async () => {
    const reply = await request('GET', `/v2/roles/${'a'.repeat(101)}`);
    expectJsonError(reply, 414);
    expect(JSON.parse(reply.body)).toEqual({
      error: 'a path segment is longer than 100 characters',
      status: 414,
    });
    expectJsonError(await request('PUT', `/v2/role-trusts/${'b'.repeat(300)}`), 414);
  });

  it('headers over 16 KiB are 431', async () => {
    expectJsonError(await request('GET', '/v2/roles', { extra: bigHeader }), 431);
    expectJsonError(
      await request('GET', '/api/v2/roles', { extra: consoleHeaders + bigHeader }),
      431,
    );
    // Headers spread over many lines count the same.
    const many = Array.from({ length: 40 }, (_, i) => `X-H${i}: ${'c'.repeat(500)}\r\n`).join('');
    expectJsonError(await request('GET', '/v2/roles', { extra: many }), 431);
  });

  it('a broken request line is 400', async () => {
    expectJsonError(await rawHttp(port, 'GET /v2/roles HTTP/9.9\r\n\r\n'), 400);
  });
});

describe('the STS endpoint: every refusal is AWS error XML', () => {
  const targets = [STS_V2_PATH, `${STS_V2_PATH}/`];

  it('GET, PUT, DELETE and PATCH are 405 InvalidAction, with Allow: POST', async () => {
    for (const target of targets) {
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const reply = await request(method, target);
        expectStsError(reply, 405, 'InvalidAction');
        expect(reply.headers.allow).toBe('POST');
      }
    }
  });

  it('a body over 1 MiB is 413 RequestEntityTooLarge', async () => {
    for (const target of targets) {
      const body = `Action=AssumeRole&RoleSessionName=${'a'.repeat(1024 * 1024)}`;
      expectStsError(
        await request('POST', target, { extra: FORM, body }),
        413,
        'RequestEntityTooLarge',
      );
    }
  });

  it('a body that is not form-encoded is 400 ValidationError', async () => {
    const cases = [
      'Content-Type: application/json\r\n',
      'Content-Type: text/plain\r\n',
      'Content-Type: multipart/form-data; boundary=x\r\n',
      'Content-Type: \u00ff\r\n',
      '',
    ];
    for (const extra of cases) {
      const reply = await request('POST', STS_V2_PATH, { extra, body: '{"Action":"AssumeRole"}' });
      expectStsError(reply, 400, 'ValidationError');
    }
  });

  it('bad percent-encoding and headers over 16 KiB are XML too', async () => {
    expectStsError(
      await request('POST', `${STS_V2_PATH}%ff`, { extra: FORM }),
      400,
      'ValidationError',
    );
    expectStsError(
      await request('POST', `${STS_V2_PATH}?Action=%ff`, { extra: FORM + bigHeader }),
      431,
      'RequestHeaderSectionTooLarge',
    );
    expectStsError(
      await request('POST', `${STS_V2_PATH}/`, { extra: FORM + bigHeader }),
      431,
      'RequestHeaderSectionTooLarge',
    );
  });

  it('the answer to a too long URI is XML on the STS path and JSON elsewhere', () => {
    const sts = refusalAnswer(`${STS_V2_PATH}/x`, 'uri-too-long');
    expect(sts.status).toBe(414);
    expect(sts.headers['content-type']).toBe('text/xml');
    expect(xmlProblem(sts.body)).toBeNull();
    expect(sts.body).toContain('<Code>RequestURITooLong</Code>');
    expect(refusalAnswer(`${STS_V2_PATH}x`, 'uri-too-long').headers['content-type']).toMatch(
      /json/,
    );
  });
});

/** Characters XML 1.0 cannot carry, as they arrive in a form (%-encoded UTF-8). */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uFFFF'];

describe('the STS endpoint: replies stay well-formed XML whatever a client sent', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  it('a forbidden character in RoleSessionName or RoleArn is a ValidationError in well-formed XML', async () => {
    const arn = `arn:aws:iam::${s.orgId}:role/${s.roleId('Break-glass Administrator')}`;
    const auth = `Authorization: Bearer ${s.apiKey('blake')}\r\n`;
    for (const c of FORBIDDEN) {
      for (const fields of [
        { RoleArn: arn, RoleSessionName: `ab${c}cd` },
        { RoleArn: `${arn}${c}`, RoleSessionName: 'probe' },
        { RoleArn: `arn:aws:iam::${c}${s.orgId}:role/x${c}`, RoleSessionName: 'probe' },
      ]) {
        const body = form({ Action: 'AssumeRole', Version: '2011-06-15', ...fields });
        const reply = await request('POST', STS_V2_PATH, { extra: FORM + auth, body });
        expect(xmlProblem(reply.body), JSON.stringify(fields)).toBeNull();
        expect(reply.status).toBeGreaterThanOrEqual(400);
        expect(reply.body).not.toContain(c);
        if (fields.RoleSessionName !== 'probe') {
          expectStsError(reply, 400, 'ValidationError');
          const hex = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
          expect(reply.body).toContain(`\\u${hex}`);
        }
      }
    }
  });

  it('forbidden characters anywhere in the form (Action, Version, token) keep the XML well-formed', async () => {
    for (const c of FORBIDDEN) {
      const forms: Record<string, string>[] = [
        { Action: `Assume${c}Role` },
        { Action: 'AssumeRole', Version: `2011${c}` },
        { Action: 'AssumeRoleWithWebIdentity', WebIdentityToken: `ey${c}${c}x`, RoleArn: 'x' },
        { Action: 'AssumeRole', [`Policy${c}`]: 'x' },
      ];
      for (const fields of forms) {
        const reply = await request('POST', STS_V2_PATH, { extra: FORM, body: form(fields) });
        expect(reply.status).toBeGreaterThanOrEqual(400);
        expect(xmlProblem(reply.body), JSON.stringify(fields)).toBeNull();
      }
    }
  });

  it('escapeXml writes characters XML cannot carry as \\uXXXX, pairs kept, markup escaped', () => {
    expect(escapeXml('a\u0000b')).toBe('a\\u0000b');
    expect(escapeXml('\uD800x\uDC00')).toBe('\\uD800x\\uDC00');
    expect(escapeXml('\uD83D\uDE00')).toBe('\uD83D\uDE00');
    expect(escapeXml('\uFFFE\uFFFF\t\n\r')).toBe('\\uFFFE\\uFFFF\t\n\r');
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
    const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('');
    expect(xmlProblem(`<a>${escapeXml(all)}</a>`)).toBeNull();
  });

  it('xmlProblem finds what a strict parser refuses', () => {
    expect(xmlProblem('<a>x</a>')).toBeNull();
    expect(xmlProblem('<a>\u0000</a>')).toMatch(/U\+0000/);
    expect(xmlProblem('<a>\uDC00</a>')).toMatch(/unpaired/);
    expect(xmlProblem('<a><b></a>')).not.toBeNull();
  });
});

const HAS_BOTO3 = (() => {
  try {
    execFileSync('python3', ['-c', 'import boto3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!HAS_BOTO3) console.log('skipping the boto3 NUL test: python3 with boto3 is not available');

describe.skipIf(!HAS_BOTO3)('boto3', () => {
  it('a NUL in RoleSessionName or RoleArn is a ValidationError ClientError, not a parser error', async () => {
    const script = `
import json, sys, boto3, botocore
endpoint, arn, key = sys.argv[1:4]
c = boto3.client('sts', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')
def bearer(request, **kwargs):
    request.headers['Authorization'] = 'Bearer ' + key
c.meta.events.register('before-send.sts.AssumeRole', bearer)
out = []
for role_arn, name in [(arn, 'a\\x00b'), (arn + '\\x00', 'probe'), (arn, 'x\\x01\\x1f\\ufffe')]:
    try:
        c.assume_role(RoleArn=role_arn, RoleSessionName=name)
        out.append('no error')
    except botocore.exceptions.ClientError as e:
        out.append(e.response['Error']['Code'] + ' ' + str(e.response['ResponseMetadata']['HTTPStatusCode']))
    except Exception as e:
        out.append(type(e).__name__)
print(json.dumps(out))
`;
    const arn = `arn:aws:iam::${s.orgId}:role/${s.roleId('Break-glass Administrator')}`;
    const { stdout } = await promisify(execFile)(
      'python3',
      ['-c', script, `${server.baseUrl}${STS_V2_PATH}`, arn, s.apiKey('blake')],
      {
        env: {
          ...process.env,
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        },
      },
    );
    const codes = JSON.parse(stdout) as string[];
    expect(codes[0]).toBe('ValidationError 400');
    // An ARN with a NUL names no role the caller may assume: refused, and still readable.
    expect(codes[1]).toMatch(/^(ValidationError 400|AccessDenied 403)$/);
    expect(codes[2]).toBe('ValidationError 400');
  }, 30_000);
});

describe('a foreign Host', () => {
  let web: FastifyInstance;
  let webRoot: string;
  let webPort: number;

  beforeAll(async () => {
    webRoot = makeWebRoot();
    web = await buildApp({
      config: {
        mode: 'live',
        upstream: 'http://127.0.0.1:9',
        consoleToken: null,
        host: '127.0.0.1',
      },
      clock: new ManualClock(),
      db: null,
      serverApiKey: null,
      webRoot,
      logger: false,
      upstreamOptions: { retries: 0, connectTimeoutMs: 200 },
    });
    await web.listen({ port: 0, host: '127.0.0.1' });
    webPort = (web.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await web.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const pages = ['/', '/organization/roles', '/favicon.svg', '/assets/app-1.js'];

  it('is refused (421) for the web app, its files and assets', async () => {
    for (const host of ['evil.example', `evil.example:${webPort}`, `localhost:${webPort + 1}`]) {
      for (const page of pages) {
        const reply = await request('GET', page, { host, to: webPort });
        expectJsonError(reply, 421);
        expect(reply.body).not.toContain('console</title>');
      }
    }
    const head = await request('HEAD', '/', { host: 'evil.example', to: webPort });
    expect(head.status).toBe(421);
    expectSecurityHeaders(head);
  });

  it('is fine for the own names', async () => {
    for (const host of [`127.0.0.1:${webPort}`, `localhost:${webPort}`, `LOCALHOST:${webPort}`]) {
      for (const page of pages) {
        const reply = await request('GET', page, { host, to: webPort });
        expect(reply.status, `${host} ${page}`).toBe(200);
      }
    }
  });

  it('is still refused on /api; /healthz and /v2 answer it', async () => {
    const api = await request('GET', '/api/v2/roles', {
      host: 'evil.example',
      to: webPort,
      extra: consoleHeaders,
    });
    expectJsonError(api, 421);
    const health = await request('GET', '/healthz', { host: 'evil.example', to: webPort });
    expect(health.status).toBe(200);
    // The emulator's /v2, like api.vultr.com, holds no ambient credential.
    const v2 = await request('GET', '/v2/roles', { host: 'api.vultr.com' });
    expectJsonError(v2, 401);
    const sts = await request('GET', STS_V2_PATH, { host: 'sts.example' });
    expectStsError(sts, 405, 'InvalidAction');
  });
});

describe('POST /api/sts', () => {
  async function mint(sub: string): Promise<string> {
    const res = await fetch(`${server.baseUrl}/oidc/dev/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.ownerKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sub }),
    });
    return ((await res.json()) as { token: string }).token;
  }
  const assume = (body: unknown) =>
    fetch(`${server.baseUrl}/api/sts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-console-request': '1' },
      body: JSON.stringify(body),
    });

  it('assumes with web identity by role_id (the organization is found with the API key)', async () => {
    const res = await assume({
      action: 'AssumeRoleWithWebIdentity',
      role_id: s.roleId('CI Deployer'),
      session_name: 'by-role-id',
      web_identity_token: await mint('by-role-id'),
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      action: 'AssumeRoleWithWebIdentity',
      subject_from_web_identity_token: 'by-role-id',
      assumed_role_user: { arn: `arn:aws:sts::${s.orgId}:assumed-role/CI Deployer/by-role-id` },
    });
    expect((body.credentials as { session_token: string }).session_token).toMatch(/^ars-/);
  });

  it('a pasted API key the upstream refuses is its 401, not a 502', async () => {
    const res = await fetch(`${server.baseUrl}/api/sts`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-console-request': '1',
        'x-vultr-api-key': 'NOTAKEY0123456789ABCDEFGHIJKLMNOPQRS',
      },
      body: JSON.stringify({
        action: 'AssumeRoleWithWebIdentity',
        role_id: s.roleId('CI Deployer'),
        session_name: 'bad-key',
        web_identity_token: await mint('bad-key'),
      }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['error', 'status']);
  });
});
