import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, readReply } from '../../shared/api/contract';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const consoleHeaders = { 'x-console-request': '1' };

async function api(
  path: string,
  headers: Record<string, string> = consoleHeaders,
  init: RequestInit = {},
) {
  const res = await fetch(`${server.baseUrl}${path}`, { ...init, headers });
  const text = await res.text();
  return { status: res.status, text, json: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('/api/v2 proxy', () => {
  it('forwards to the emulator with the server-held credential', async () => {
    const direct = await server.v2('GET', '/v2/roles?per_page=3');
    const proxied = await api('/api/v2/roles?per_page=3');
    expect(proxied.status).toBe(200);
    // What reaches the browser is the contract's reading of exactly what the emulator answered.
    const read = readReply(API.listRoles, direct.json);
    expect(read.ok).toBe(true);
    expect(proxied.json).toEqual(read.ok ? JSON.parse(JSON.stringify(read.data)) : null);
    expect((proxied.json as { roles: unknown[] }).roles).toHaveLength(3);
  });

  it('passes upstream errors through with their status and shape', async () => {
    const res = await api('/api/v2/roles/3b0c8f1e-7a53-4e0b-9d7e-0c1f2a3b4c5d');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Role not found', status: 404 });
  });

  it('forwards a user-supplied key for that request instead of the server key', async () => {
    const res = await api('/api/v2/roles', { ...consoleHeaders, 'x-vultr-api-key': 'WRONGKEY' });
    expect(res.status).toBe(401);
  });

  it('refuses requests without X-Console-Request before forwarding', async () => {
    const res = await api('/api/v2/roles', {});
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ error: 'missing header X-Console-Request: 1', status: 403 });
  });

  it('refuses a foreign Origin', async () => {
    const res = await api('/api/v2/roles', { ...consoleHeaders, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses cross-site fetches', async () => {
    const res = await api('/api/v2/roles', { ...consoleHeaders, 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
  });

  it('refuses a Host that is not the console (DNS rebinding)', async () => {
    const port = Number(new URL(server.baseUrl).port);
    // fetch() cannot set Host; a raw request can, as a rebinding attacker's browser would send it.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v2/roles',
          headers: { ...consoleHeaders, host: `attacker.example:${port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('accepts a same-origin Origin', async () => {
    const res = await api('/api/v2/roles', { ...consoleHeaders, origin: server.baseUrl });
    expect(res.status).toBe(200);
  });
});

describe('/healthz and security headers', () => {
  it('reports mode, version and upstream reachability', async () => {
    const res = await fetch(`${server.baseUrl}/healthz`);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      mode: 'embedded',
      version: expect.any(String),
      upstream: { reachable: true },
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
