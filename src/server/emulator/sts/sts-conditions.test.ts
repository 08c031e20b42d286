import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock';
import { startTestServer } from '../../testing/test-support';
import type { TestServer } from '../../testing/test-support';
import { BERLIN_OFFICE_HOURS, seeded, sts, stsError, stsResult } from '../../testing/sts-test-kit';

const MONDAY_10_BERLIN = '2026-11-23T09:00:00.000Z';
let server: TestServer;
let s: ReturnType<typeof seeded>;
let clock: ManualClock;
let roleId: string;

beforeAll(async () => {
  clock = new ManualClock(MONDAY_10_BERLIN);
  server = await startTestServer({ clock });
  s = seeded(server);
  const role = await server.v2('POST', '/v2/roles', {
    body: { name: 'Guarded', role_type: 'assumable', max_session_duration: 7200 },
  });
  roleId = (role.json as { id: string }).id;
});
beforeEach(() => clock.set(MONDAY_10_BERLIN));
afterAll(async () => {
  await server.close();
});

/** Replaces the role's trusts with one for Devi (an On-call member with the AssumeRoles policy). */
async function onlyTrust(body: Record<string, unknown>) {
  const existing = (await server.v2('GET', `/v2/role-trusts/by-role/${roleId}`)).json as {
    role_trusts: { id: string }[];
  };
  for (const t of existing.role_trusts) await server.v2('DELETE', `/v2/role-trusts/${t.id}`);
  const res = await server.v2('POST', '/v2/role-trusts', {
    body: {
      role_id: roleId,
      trust_type: 'TemporaryAssumption',
      trusted_group_id: s.groupId('On-call'),
      ...body,
    },
  });
  expect(res.status, res.text).toBe(201);
}

const assume = (key = s.apiKey('devi')) =>
  sts(
    server,
    {
      Action: 'AssumeRole',
      RoleArn: `arn:aws:iam::${s.orgId}:role/${roleId}`,
      RoleSessionName: 'devi',
    },
    { bearer: key },
  );

describe('trust conditions at the STS endpoint', () => {
  it('allows a group member inside the schedule from an allowed address', async () => {
    await onlyTrust({
      conditions: {
        time_of_day: BERLIN_OFFICE_HOURS,
        ip_address: ['127.0.0.0/8'],
      },
    });
    expect((await assume()).status).toBe(200);
  });

  it('refuses outside the schedule and says so', async () => {
    await onlyTrust({
      conditions: {
        time_of_day: BERLIN_OFFICE_HOURS,
      },
    });
    clock.set('2026-11-28T10:00:00.000Z'); // Saturday
    const reply = await assume();
    expect(reply.status).toBe(403);
    const error = stsError(reply);
    expect(error.Code).toBe('AccessDenied');
    expect(error.Message).toMatch(
      /is not authorized to perform: sts:AssumeRole on resource: .* because .*schedule/,
    );
  });

  it('refuses from an address outside the allow-list and says so', async () => {
    await onlyTrust({ conditions: { ip_address: ['203.0.113.0/24'] } });
    const error = stsError(await assume());
    expect(error.Code).toBe('AccessDenied');
    expect(error.Message).toMatch(/because .*127\.0\.0\.1.*203\.0\.113\.0\/24/);
  });

  it('refuses after valid_until and says so, to the second', async () => {
    await onlyTrust({ valid_until: '2026-11-23T09:30:00+00:00' });
    clock.set('2026-11-23T09:29:59.000Z');
    expect((await assume()).status).toBe(200);
    clock.set('2026-11-23T09:30:00.000Z');
    const error = stsError(await assume());
    expect(error.Message).toMatch(/because .*expired/);
  });

  it('refuses a trusted caller whose policies do not allow iam.role.AssumeRole', async () => {
    await onlyTrust({ trusted_group_id: undefined, trusted_user_id: s.userId('Emil Novak') });
    const error = stsError(await assume(s.apiKey('emil')));
    expect(error.Code).toBe('AccessDenied');
    expect(error.Message).toMatch(/because no policy of the caller allows iam\.role\.AssumeRole$/);
  });
});

describe('the session token', () => {
  it('works as a Bearer token on /v2 until revoked, then 401', async () => {
    await onlyTrust({});
    const creds = stsResult(await assume(), 'AssumeRole').result.Credentials;
    const asSession = (path: string, method = 'GET') =>
      server.v2(method, path, { token: creds.SessionToken });
    expect((await asSession('/v2/users/me/groups')).status).toBe(200);
    const read = await asSession(`/v2/assumed-roles/${creds.SessionToken}`);
    expect(read.json).toMatchObject({
      assumed_role: {
        role_id: roleId,
        session_name: 'devi',
        auth_method: 'api_key',
        user_id: s.userId('Devi Patel'),
        remaining_duration: 3600,
        source_ip: '127.0.0.1',
        conditions_met: ['trusted_principal', 'valid_until', 'ip_address', 'time_of_day'],
      },
    });
    expect((await asSession(`/v2/assumed-roles/${creds.SessionToken}`, 'DELETE')).status).toBe(204);
    const after = await asSession('/v2/users/me/groups');
    expect(after.status).toBe(401);
    expect(after.json).toEqual({
      error: 'The session token is unknown, expired or revoked.',
      status: 401,
    });
    expect((await server.v2('GET', `/v2/assumed-roles/${creds.SessionToken}`)).json).toEqual({
      error: 'Assumed Role Not Found',
      status: 404,
    });
  });

  it('stops working when it expires', async () => {
    await onlyTrust({});
    const creds = stsResult(await assume(), 'AssumeRole').result.Credentials;
    clock.set('2026-11-23T09:59:59.000Z');
    const own = '/v2/users/me/groups';
    expect((await server.v2('GET', own, { token: creds.SessionToken })).status).toBe(200);
    clock.set('2026-11-23T10:00:00.000Z');
    expect((await server.v2('GET', own, { token: creds.SessionToken })).status).toBe(401);
  });

  it('cannot be used to assume another role', async () => {
    await onlyTrust({});
    const creds = stsResult(await assume(), 'AssumeRole').result.Credentials;
    expect(stsError(await assume(creds.SessionToken)).Code).toBe('InvalidClientTokenId');
  });

  it('is stored only as a digest and sealed, never in plain text', async () => {
    await onlyTrust({});
    const creds = stsResult(await assume(), 'AssumeRole').result.Credentials;
    const rows = server.store.db.prepare('SELECT * FROM assumed_role_sessions').all();
    expect(JSON.stringify(rows)).not.toContain(creds.SessionToken);
    expect(JSON.stringify(rows)).not.toContain(creds.SessionToken.slice(4, 20));
    expect(JSON.stringify(rows)).not.toContain(creds.SecretAccessKey);
  });
});

describe('/v2/assumed-roles (JSON)', () => {
  it('assumes for a user as the owner, simulating an address, lists and revokes by token', async () => {
    await onlyTrust({ conditions: { ip_address: ['198.51.100.0/24'] } });
    const devi = s.userId('Devi Patel');
    const denied = await server.v2('POST', '/v2/assumed-roles/assume', {
      body: { role_id: roleId, session_name: 'sim', user_id: devi },
    });
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({ error: expect.stringMatching(/not in the allow-list/) });
    const created = await server.v2('POST', '/v2/assumed-roles/assume', {
      body: {
        role_id: roleId,
        session_name: 'sim',
        user_id: devi,
        duration: 1800,
        context: { ip_address: '198.51.100.20' },
      },
    });
    expect(created.status).toBe(201);
    const session = created.json as {
      id: string;
      session_token: string;
      expires_at: string;
      source_ip: string;
    };
    expect(session).toMatchObject({
      source_ip: '198.51.100.20',
      expires_at: '2026-11-23T09:30:00+00:00',
    });
    expect(session.session_token).toMatch(/^ars-/);

    const list = (await server.v2('GET', `/v2/assumed-roles/users/${devi}/sessions`)).json as {
      sessions: { id: string; session_token: string }[];
    };
    const listed = list.sessions.find((x) => x.id === session.id)!;
    // Lists carry the token, as Vultr's do: the owner revokes with it.
    expect(listed.session_token).toBe(session.session_token);
    const byRole = (await server.v2('GET', `/v2/assumed-roles?role_id=${roleId}`)).json as {
      sessions: unknown[];
    };
    expect(byRole.sessions.length).toBeGreaterThan(0);

    const revoked = await server.v2('DELETE', `/v2/assumed-roles/${listed.session_token}`);
    expect(revoked.status).toBe(204);
    expect((await server.v2('GET', '/v2/roles', { token: session.session_token })).status).toBe(
      401,
    );
  });

  it('validates the body and refuses duration above the role maximum', async () => {
    const bad = await server.v2('POST', '/v2/assumed-roles/assume', {
      body: { role_id: roleId, session_name: 'no spaces allowed' },
    });
    expect(bad.json).toEqual({
      error: 'session_name may contain only letters, digits and _ + = , . @ -',
      status: 400,
    });
    const long = await server.v2('POST', '/v2/assumed-roles/assume', {
      body: { role_id: roleId, session_name: 'x1', duration: 10800 },
    });
    expect(long.status).toBe(400);
  });

  it('lets a user assume for themself only', async () => {
    const res = await server.v2('POST', '/v2/assumed-roles/assume', {
      token: s.apiKey('devi'),
      body: { role_id: roleId, session_name: 'other', user_id: s.userId('Carmen Diaz') },
    });
    expect(res.status).toBe(403);
  });
});
