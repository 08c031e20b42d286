import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAsUsersSchema, devTokenResponseSchema } from '../../shared/schemas/console-api';
import { stsProxyResponseSchema } from '../../shared/schemas/sts';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';
import { plainAddress } from './own-routes';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function api(path: string, init: { method?: string; body?: unknown } = {}) {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'x-console-request': '1',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : undefined, text };
}

describe('GET /api/client-address', () => {
  it('answers the address the server sees, as plain IPv4 for loopback', async () => {
    const res = await api('/api/client-address');
    expect(res).toMatchObject({ status: 200, json: { ip: '127.0.0.1' } });
  });

  it('is guarded like every /api route', async () => {
    const res = await fetch(`${server.baseUrl}/api/client-address`);
    expect(res.status).toBe(403);
  });

  it('writes IPv4-mapped IPv6 addresses as IPv4 and keeps other IPv6 compact', () => {
    expect(plainAddress('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(plainAddress('2001:db8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(plainAddress('not an address')).toBe('not an address');
  });
});

describe('GET /api/call-as-users', () => {
  it('lists the seeded users whose key the server holds, by name, and never a key', async () => {
    const res = await api('/api/call-as-users');
    expect(res.status).toBe(200);
    const { users } = callAsUsersSchema.parse(res.json);
    expect(users.length).toBeGreaterThan(1);
    expect(users.map((u) => u.name)).toEqual(
      [...users.map((u) => u.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(res.text).not.toMatch(/[A-Z0-9]{36}/);
  });

  it('names users whose key really assumes as them through /api/sts', async () => {
    const { users } = callAsUsersSchema.parse((await api('/api/call-as-users')).json);
    const me = await server.v2('GET', '/v2/users/me');
    const owner = (me.json as { user: { id: string } }).user.id;
    // Blake is a Platform Engineer, a group holding the AssumeRoles policy.
    const other = users.find((u) => u.name === 'Blake Chen' && u.id !== owner)!;
    // A fresh role trusted for that user alone: only their key can assume it.
    const role = (await server.v2('POST', '/v2/roles', {
      body: { name: `call-as ${other.id.slice(0, 8)}`, role_type: 'assumable' },
    })) as { json: { id: string } };
    await server.v2('POST', '/v2/role-trusts', {
      body: { role_id: role.json.id, trusted_user_id: other.id, trust_type: 'TemporaryAssumption' },
    });
    const assumed = await api('/api/sts', {
      method: 'POST',
      body: {
        action: 'AssumeRole',
        role_id: role.json.id,
        session_name: 'call-as-check',
        call_as: other.id,
      },
    });
    expect(assumed.status).toBe(200);
    stsProxyResponseSchema.parse(assumed.json);
    const sessions = await server.v2('GET', `/v2/assumed-roles/users/${other.id}/sessions`);
    expect(JSON.stringify(sessions.json)).toContain('call-as-check');
  });
});

describe('POST /api/dev-token', () => {
  it('mints a development-issuer token with the given subject, audience and lifetime', async () => {
    const res = await api('/api/dev-token', {
      method: 'POST',
      body: { sub: 'ci-runner', aud: 'sts.example', ttl_seconds: 600 },
    });
    expect(res.status).toBe(200);
    const { token, expires_at } = devTokenResponseSchema.parse(res.json);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: 'ci-runner', aud: 'sts.example' });
    expect(claims.iss).toBe(`${server.baseUrl}/oidc/dev`);
    expect(claims.exp! - Math.floor(server.clock.now().getTime() / 1000)).toBe(600);
    expect(new Date(expires_at).getTime()).toBe(claims.exp! * 1000);
  });

  it('refuses bad input with the rule, before calling the issuer', async () => {
    const res = await api('/api/dev-token', {
      method: 'POST',
      body: { sub: '', ttl_seconds: 99999 },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: expect.stringMatching(/^sub must not be empty/),
      status: 400,
    });
    const notJson = await fetch(`${server.baseUrl}/api/dev-token`, {
      method: 'POST',
      headers: { 'x-console-request': '1', 'content-type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });
});
