import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, pathOf } from '../../../shared/api/contract';
import { buildApp } from '../../app';
import { ManualClock } from '../../clock';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';
import { openEmbeddedStore, SESSION_TOKEN_KEY_FILE } from '../bootstrap';
import { seeded } from '../../testing/sts-test-kit';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Listed {
  id: string;
  session_token: string;
  [field: string]: unknown;
}

/** Blake assumes the seeded Break-glass Administrator role (his trust has no conditions). */
async function assumeAsBlake(target: TestServer, name: string): Promise<Listed> {
  const s = seeded(target);
  const res = await target.v2('POST', pathOf(API.assume), {
    token: s.apiKey('blake'),
    body: { role_id: s.roleId('Break-glass Administrator'), session_name: name },
  });
  expect(res.status).toBe(201);
  return res.json as Listed;
}

async function sessionsOf(target: TestServer, userId: string, token?: string) {
  const res = await target.v2('GET', pathOf(API.listUserSessions, { userId }), {
    ...(token ? { token } : {}),
  });
  expect(res.status).toBe(200);
  return (res.json as { sessions: Listed[] }).sessions;
}

describe('session lists carry the session token', () => {
  it('lists the real token, and DELETE with the listed token revokes the session', async () => {
    const created = await assumeAsBlake(server, 'listed');
    const blake = seeded(server).userId('Blake Chen');
    const listed = (await sessionsOf(server, blake)).find((x) => x.id === created.id)!;
    expect(listed.session_token).toBe(created.session_token);
    expect(Object.keys(listed).sort()).toEqual(
      [
        'id',
        'session_token',
        'role_id',
        'user_id',
        'oidc_issuer_id',
        'session_name',
        'auth_method',
        'remaining_duration',
        'conditions_met',
        'source_ip',
        'assumed_at',
        'expires_at',
      ].sort(),
    );

    const token = { token: listed.session_token };
    const revoked = await server.v2('DELETE', pathOf(API.revokeSession, token));
    expect(revoked.status).toBe(204);
    // The token is refused from now on: as a credential, for reading, and for revoking again.
    expect((await server.v2('GET', pathOf(API.listRoles), token)).status).toBe(401);
    expect((await server.v2('GET', pathOf(API.readSession, token))).json).toEqual({
      error: 'Assumed Role Not Found',
      status: 404,
    });
    expect((await server.v2('DELETE', pathOf(API.revokeSession, token))).status).toBe(404);
    const after = await sessionsOf(server, blake);
    expect(after.some((x) => x.id === created.id)).toBe(false);
  });

  it('shows a token to the owner and to the session’s own user, masked to anyone else', async () => {
    const s = seeded(server);
    const created = await assumeAsBlake(server, 'viewers');
    const blake = s.userId('Blake Chen');
    const own = (await sessionsOf(server, blake, s.apiKey('blake'))).find(
      (x) => x.id === created.id,
    )!;
    expect(own.session_token).toBe(created.session_token);
    const other = (await sessionsOf(server, blake, s.apiKey('carmen'))).find(
      (x) => x.id === created.id,
    )!;
    expect(other.session_token).toBe(`ars-…${created.session_token.slice(-6)}`);
    // A session lists its own user's sessions without tokens.
    const viaSession = (await sessionsOf(server, blake, created.session_token)).find(
      (x) => x.id === created.id,
    )!;
    expect(viaSession.session_token).toMatch(/^ars-…/);
  });

  it('lists a session stored before tokens were kept in the masked form, not revocable by it', async () => {
    const created = await assumeAsBlake(server, 'older');
    server.store.db
      .prepare('UPDATE assumed_role_sessions SET token_sealed = NULL WHERE id = ?')
      .run(created.id);
    const blake = seeded(server).userId('Blake Chen');
    const listed = (await sessionsOf(server, blake)).find((x) => x.id === created.id)!;
    expect(listed.session_token).toBe(`ars-…${created.session_token.slice(-6)}`);
    const tried = await server.v2(
      'DELETE',
      pathOf(API.revokeSession, { token: listed.session_token }),
    );
    expect(tried.status).toBe(404);
    // Still active: its holder can use it.
    const token = { token: created.session_token };
    expect((await server.v2('GET', pathOf(API.listRoles), token)).status).toBe(200);
  });
});

describe('the sealing key', () => {
  it('is a 0600 file in the data directory, and tokens still list after a restart', async () => {
    const first = await startTestServer();
    const created = await assumeAsBlake(first, 'restart');
    const keyFile = join(first.dataDir, SESSION_TOKEN_KEY_FILE);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    await first.close({ keepData: true });

    const again = await startTestServer({ dataDir: first.dataDir });
    try {
      const blake = seeded(again).userId('Blake Chen');
      const listed = (await sessionsOf(again, blake)).find((x) => x.id === created.id)!;
      expect(listed.session_token).toBe(created.session_token);
    } finally {
      await again.close();
    }
  });

  it('keeps tokens out of the logs', async () => {
    const lines: string[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const clock = new ManualClock();
    const dataDir = join(server.dataDir, 'logged');
    const store = openEmbeddedStore(dataDir, clock, null);
    const app = await buildApp({
      config: { mode: 'embedded', upstream: null, consoleToken: null, host: '127.0.0.1' },
      clock,
      db: store.db,
      serverApiKey: store.ownerApiKey,
      webRoot: null,
      logStream,
    });
    try {
      const owner = { authorization: `Bearer ${store.ownerApiKey}` };
      const users = await app.inject({ method: 'GET', url: pathOf(API.listUsers), headers: owner });
      const blake = (users.json() as { users: { id: string; name: string }[] }).users.find(
        (u) => u.name === 'Blake Chen',
      )!;
      const role = (
        (
          await app.inject({ method: 'GET', url: pathOf(API.listRoles), headers: owner })
        ).json() as {
          roles: { id: string; name: string }[];
        }
      ).roles.find((r) => r.name === 'Break-glass Administrator')!;
      const created = await app.inject({
        method: 'POST',
        url: pathOf(API.assume),
        headers: owner,
        payload: { role_id: role.id, session_name: 'logged', user_id: blake.id },
      });
      const token = (created.json() as { session_token: string }).session_token;
      expect(token).toMatch(/^ars-/);
      const list = pathOf(API.listUserSessions, { userId: blake.id });
      await app.inject({ method: 'GET', url: list, headers: owner });
      await app.inject({
        method: 'DELETE',
        url: pathOf(API.revokeSession, { token }),
        headers: owner,
      });
      await app.inject({ method: 'GET', url: pathOf(API.readSession, { token }), headers: owner });
      await app.inject({
        method: 'GET',
        url: pathOf(API.listRoles),
        headers: { authorization: `Bearer ${token}` },
      });
      expect(lines.join('')).not.toContain(token.slice(4));
    } finally {
      await app.close();
      store.db.close();
    }
  });
});
