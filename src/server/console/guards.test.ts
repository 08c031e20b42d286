import type { FastifyInstance } from 'fastify';
import { spawn, spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { ManualClock } from '../clock';
import { FakeUpstream } from '../testing/fake-upstream';
import { rawHttp } from '../testing/raw-http';

/** Requests a hostile page could make are refused before anything reaches the upstream. */
const TOKEN = 'a-console-token-long-enough';
let upstream: FakeUpstream;
let open: FastifyInstance;
let locked: FastifyInstance;
const portOf = (app: FastifyInstance) => (app.server.address() as AddressInfo).port;

async function live(
  consoleToken: string | null,
  stsRateLimit?: { burst: number; perSecond: number },
) {
  const app = await buildApp({
    config: { mode: 'live', upstream: upstream.url, consoleToken, host: '127.0.0.1' },
    clock: new ManualClock(),
    db: null,
    serverApiKey: 'SERVER-KEY-FOR-GUARD-TESTS',
    webRoot: null,
    logger: false,
    ...(stsRateLimit ? { stsRateLimit } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

beforeAll(async () => {
  upstream = await new FakeUpstream().start();
  upstream.on(() => ({ body: { roles: [], meta: { total: 0, links: { next: '', prev: '' } } } }));
  open = await live(null, { burst: 2, perSecond: 0.5 });
  locked = await live(TOKEN);
});
beforeEach(() => {
  upstream.received.length = 0;
});
afterAll(async () => {
  await Promise.all([open.close(), locked.close()]);
  await upstream.stop();
});

/** A raw request, as a browser (or an attacker) could send it, Host included. */
function raw(
  app: FastifyInstance,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) {
  const port = portOf(app);
  const headers = { host: `127.0.0.1:${port}`, ...opts.headers };
  return rawHttp(
    { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers },
    opts.body,
  );
}

describe('guards on /api', () => {
  it('refuses a cross-site form POST (the classic CSRF) → 403, nothing forwarded', async () => {
    const res = await raw(open, '/api/v2/roles', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: 'name=pwned&role_type=assumable',
    });
    expect(res.status).toBe(403);
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    ['a missing X-Console-Request', {}, 403],
    ['a foreign Origin', { 'x-console-request': '1', origin: 'http://localhost:9999' }, 403],
    ['a malformed Origin', { 'x-console-request': '1', origin: 'null' }, 403],
    [
      'Sec-Fetch-Site: cross-site',
      { 'x-console-request': '1', 'sec-fetch-site': 'cross-site' },
      403,
    ],
  ])('refuses %s → %i, nothing forwarded', async (_label, headers, status) => {
    const res = await raw(open, '/api/v2/roles', { headers });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ status });
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses a foreign Host (DNS rebinding) → 421, nothing forwarded', async () => {
    const res = await raw(open, '/api/v2/roles', {
      headers: { 'x-console-request': '1', host: `rebind.example:${portOf(open)}` },
    });
    expect(res.status).toBe(421);
    expect(upstream.received).toHaveLength(0);
  });

  it('refuses a body over 1 MiB → 413, nothing forwarded', async () => {
    const res = await raw(open, '/api/v2/roles', {
      method: 'POST',
      headers: { 'x-console-request': '1', 'content-type': 'application/json' },
      body: Buffer.alloc(1024 * 1024 + 1, 'a'),
    });
    expect(res.status).toBe(413);
    expect(upstream.received).toHaveLength(0);
  });

  it('forwards a same-origin request with the header', async () => {
    const res = await raw(open, '/api/v2/roles', {
      headers: {
        'x-console-request': '1',
        origin: `http://127.0.0.1:${portOf(open)}`,
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(res.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
  });

  it('sets no permissive CORS header and sends the security headers', async () => {
    const res = await raw(open, '/api/v2/roles', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the console token', () => {
  it('is required on every /api request when set', async () => {
    expect(
      (await raw(locked, '/api/v2/roles', { headers: { 'x-console-request': '1' } })).status,
    ).toBe(401);
    expect(
      (
        await raw(locked, '/api/v2/roles', {
          headers: { 'x-console-request': '1', 'x-console-token': 'wrong' },
        })
      ).status,
    ).toBe(401);
    expect(upstream.received).toHaveLength(0);
    expect(
      (
        await raw(locked, '/api/v2/roles', {
          headers: { 'x-console-request': '1', 'x-console-token': TOKEN },
        })
      ).status,
    ).toBe(200);
  });
});

describe('rate limit on /api/sts', () => {
  it('answers 429 with Retry-After past the burst', async () => {
    const body = JSON.stringify({
      action: 'AssumeRole',
      role_arn: 'arn:aws:iam::org-id-here:role/some-role',
      session_name: 'rl',
    });
    const headers = { 'x-console-request': '1', 'content-type': 'application/json' };
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let i = 0; i < 4; i++) {
      const res = await raw(open, '/api/sts', { method: 'POST', headers, body });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers['retry-after'];
    }
    expect(statuses.slice(2)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('an unreachable upstream', () => {
  it('answers 502 naming the upstream host', async () => {
    const dead = await new FakeUpstream().start();
    const url = dead.url;
    await dead.stop();
    const app = await buildApp({
      config: { mode: 'live', upstream: url, consoleToken: null, host: '127.0.0.1' },
      clock: new ManualClock(),
      db: null,
      serverApiKey: 'K',
      webRoot: null,
      logger: false,
      upstreamOptions: { retries: 0 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await raw(app, '/api/v2/roles', { headers: { 'x-console-request': '1' } });
    await app.close();
    expect(JSON.parse(res.body)).toEqual({
      error: `upstream ${new URL(url).host} is unreachable`,
      status: 502,
    });
  });
});

/**
 * A listening socket whose accept queue is full and never drained: the kernel drops further
 * connection attempts, so a connect to it hangs until the client gives up (Node always accepts,
 * hence the small Python listener).
 */
const FULL_LISTENER = `
import socket, time
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)
port = s.getsockname()[1]
held = []
for _ in range(3):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(('127.0.0.1', port))
    except BlockingIOError: pass
    held.append(c)
time.sleep(0.2)
print(port, flush=True)
time.sleep(60)
`;
const hasPython = spawnSync('python3', ['-c', 'print(1)']).status === 0;

describe('an upstream that never completes the connection', () => {
  it.skipIf(!hasPython)(
    'answers 502 saying the connection timed out, after the connect timeout',
    async () => {
      const listener = spawn('python3', ['-c', FULL_LISTENER], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      try {
        const port = await new Promise<string>((resolve, reject) => {
          listener.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
          listener.once('exit', (code) => reject(new Error(`listener exited with ${code}`)));
        });
        const app = await buildApp({
          config: {
            mode: 'live',
            upstream: `http://127.0.0.1:${port}`,
            consoleToken: null,
            host: '127.0.0.1',
          },
          clock: new ManualClock(),
          db: null,
          serverApiKey: 'K',
          webRoot: null,
          logger: false,
          upstreamOptions: { retries: 0, connectTimeoutMs: 300, totalTimeoutMs: 5000 },
        });
        await app.listen({ port: 0, host: '127.0.0.1' });
        const started = Date.now();
        const res = await raw(app, '/api/v2/roles', { headers: { 'x-console-request': '1' } });
        const took = Date.now() - started;
        await app.close();
        expect(JSON.parse(res.body)).toEqual({
          error: `upstream 127.0.0.1:${port} is unreachable (connection timed out)`,
          status: 502,
        });
        expect(took).toBeGreaterThanOrEqual(250);
        expect(took).toBeLessThan(3000);
      } finally {
        listener.kill();
      }
    },
  );
});

describe('starting on a non-loopback address', () => {
  it('is refused without CONSOLE_TOKEN, with a clear message', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, HOST: '0.0.0.0', PORT: '0', CONSOLE_TOKEN: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HOST 0.0.0.0 is not a loopback address: set CONSOLE_TOKEN');
  });
});
