import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { ManualClock } from './clock';
import { makeWebRoot } from './testing/test-support';

let app: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  webRoot = makeWebRoot();
  app = await buildApp({
    config: { mode: 'live', upstream: 'http://127.0.0.1:9', consoleToken: null, host: '127.0.0.1' },
    clock: new ManualClock(),
    db: null,
    serverApiKey: null,
    webRoot,
    logger: false,
  });
});
afterAll(async () => {
  await app.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, accept = 'text/html') =>
  app.inject({ method: 'GET', url, headers: { accept } });

describe('serving the web app', () => {
  it('serves index.html for client routes, never cached', async () => {
    for (const url of ['/', '/organization/roles', '/roles/abc?trust=open']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>console</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year, and serves files added after start (a rebuild)', async () => {
    const first = await get('/assets/app-1.js', '*/*');
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    writeFileSync(join(webRoot, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await get('/assets/app-2.js', '*/*')).statusCode).toBe(200);
    expect((await get('/assets/missing.js', '*/*')).statusCode).toBe(404);
  });

  it('serves root files uncached and keeps backend paths out of the SPA fallback', async () => {
    const icon = await get('/favicon.svg', '*/*');
    expect(icon.headers['cache-control']).toBe('no-cache');
    const api = await get('/v2/anything');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'Not found', status: 404 });
  });
});
