import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { ManualClock } from '../clock';
import { openEmbeddedStore, seededCallAs } from '../emulator/bootstrap';
import type { EmbeddedStore } from '../emulator/bootstrap';

export const TEST_OWNER_KEY = 'TESTOWNERKEY0123456789ABCDEFGHIJKLMNO';

export interface TestServer {
  app: FastifyInstance;
  store: EmbeddedStore;
  clock: ManualClock;
  dataDir: string;
  baseUrl: string;
  ownerKey: string;
  /** Calls /v2 as the owner (or with the given token; null = no Authorization header). */
  v2(
    method: string,
    path: string,
    options?: { token?: string | null; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; json: unknown; headers: Headers; text: string }>;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Starts the real app on a free loopback port over a temp SQLite file, in embedded mode.
 * Pass `dataDir` to reopen an existing directory (restart tests).
 */
export async function startTestServer(
  options: {
    dataDir?: string;
    clock?: ManualClock;
    /** Plain-http addresses issuer discovery may fetch from (read on every registration). */
    oidcDiscoveryAllow?: string[];
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'iam-console-test-'));
  const clock = options.clock ?? new ManualClock();
  const store = openEmbeddedStore(dataDir, clock, TEST_OWNER_KEY);
  const app = await buildApp({
    config: {
      mode: 'embedded',
      upstream: null,
      consoleToken: null,
      host: '127.0.0.1',
      oidcDiscoveryAllow: options.oidcDiscoveryAllow ?? [],
    },
    clock,
    db: store.db,
    devIssuerKey: store.devIssuerKey,
    callAs: seededCallAs(dataDir, store.db),
    serverApiKey: store.ownerApiKey,
    webRoot: null,
    logger: false,
  });
  // No request in any server test may be answered with a 5xx: close() fails the test if one was.
  const serverErrors: string[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 500 && !request.url.startsWith('/api/')) {
      serverErrors.push(`${request.method} ${request.url} → ${reply.statusCode}`);
    }
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    app,
    store,
    clock,
    dataDir,
    baseUrl,
    ownerKey: store.ownerApiKey,
    async v2(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      const token = opts.token === undefined ? store.ownerApiKey : opts.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
      const text = await response.text();
      return { status: response.status, json: parseJson(text), headers: response.headers, text };
    },
    async close(closeOptions = {}) {
      await app.close();
      store.db.close();
      if (!closeOptions.keepData) rmSync(dataDir, { recursive: true, force: true });
      if (serverErrors.length > 0) {
        throw new Error(`the server answered 5xx:\n${serverErrors.join('\n')}`);
      }
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a test server before the file's tests and closes it after them. The object returned
 * stands for that server (it may only be used inside hooks and tests). Hooks the file registers
 * later run after the server is up, and their `afterAll`s before it closes.
 */
export function useTestServer(options?: Parameters<typeof startTestServer>[0]): TestServer {
  let current: TestServer | undefined;
  beforeAll(async () => {
    current = await startTestServer(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as TestServer, {
    get(_target, key) {
      if (!current) throw new Error('the test server is used before it started');
      return Reflect.get(current, key) as unknown;
    },
  });
}

/**
 * A built web app in a temp folder, as the server serves it: `index.html`, a root file
 * (`favicon.svg`) and a hashed asset (`assets/app-1.js`). The caller removes it.
 */
export function makeWebRoot(): string {
  const webRoot = mkdtempSync(join(tmpdir(), 'web-root-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg/>');
  writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');
  return webRoot;
}
