import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/test-support';
import type { TestServer } from '../testing/test-support';
import { BERLIN_OFFICE_HOURS } from '../testing/sts-test-kit';

/**
 * A client that knows only the spec builds an organization through /v2 — users → groups →
 * policies → roles → attachments → trusts — and reads every part back, field for field.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

type Json = Record<string, unknown>;

async function call(method: string, path: string, body?: unknown, token?: string): Promise<Json> {
  const res = await server.v2(method, path, { body, ...(token ? { token } : {}) });
  const expected = method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200;
  expect(res.status, `${method} ${path}: ${res.text}`).toBe(expected);
  return (res.json ?? {}) as Json;
}

describe('building a whole organization through /v2', () => {
  it('creates every kind of object and reads each one back as it was created', async () => {
    // Users: the create reply is the only place a key appears; the key works.
    const alice = await call('POST', '/v2/users', {
      email: 'alice@example.test',
      first_name: 'Alice',
      last_name: 'Liddell',
      password: 'correct horse battery',
    });
    expect(alice).toMatchObject({
      name: 'Alice Liddell',
      email: 'alice@example.test',
      api_enabled: true,
      service_user: false,
      api_key: expect.any(String),
    });
    const bot = await call('POST', '/v2/users', {
      email: 'bot@example.test',
      name: 'deploy-bot',
      password: 'long enough secret',
      service_user: true,
    });
    const { api_key: aliceKey, ...aliceView } = alice;
    expect((await call('GET', `/v2/users/${String(alice.id)}`)).user).toEqual(aliceView);
    // The new key authenticates; with no policy yet, its user may read only its own views.
    expect(
      (await server.v2('GET', '/v2/users/me/groups', { token: String(aliceKey) })).status,
    ).toBe(200);
    expect((await server.v2('GET', '/v2/roles', { token: String(aliceKey) })).status).toBe(403);

    // Groups with members.
    const group = await call('POST', '/v2/groups', {
      display_name: 'Incident Command',
      description: 'Runs incidents',
    });
    await call('POST', `/v2/groups/${String(group.id)}/members`, { user_id: alice.id });
    const groupRead = (await call('GET', `/v2/groups/${String(group.id)}`)).group as Json;
    expect(groupRead).toMatchObject({
      id: group.id,
      display_name: 'Incident Command',
      description: 'Runs incidents',
      members: [{ id: alice.id, name: 'Alice Liddell', email: 'alice@example.test' }],
    });

    // Policies with documents; Action/Resource given as strings come back as arrays.
    const policy = await call('POST', '/v2/policies', {
      name: 'IncidentCompute',
      description: 'Restart instances during incidents',
      policy_document: {
        Version: '2026-03-20',
        Statement: [
          { Effect: 'Allow', Action: 'compute.instance.Reboot', Resource: '*' },
          { Effect: 'Deny', Action: ['compute.instance.Delete'], Resource: ['*'] },
        ],
      },
    });
    expect(policy).toMatchObject({
      name: 'IncidentCompute',
      is_system_policy: false,
      version: '2026-03-20',
      policy_document: {
        Statement: [{ Action: ['compute.instance.Reboot'], Resource: ['*'] }, { Effect: 'Deny' }],
      },
    });
    expect((await call('GET', `/v2/policies/${String(policy.id)}`)).policy).toEqual(policy);
    await call('POST', `/v2/policies/${String(policy.id)}/groups/${String(group.id)}`);
    await call('POST', `/v2/policies/${String(policy.id)}/users/${String(bot.id)}`);

    // Roles: one assignable (held by the group), one assumable (with a trust).
    const assignable = await call('POST', '/v2/roles', {
      name: 'Incident Viewer',
      description: 'See incidents',
      role_type: 'assignable',
    });
    const assumable = await call('POST', '/v2/roles', {
      name: 'Incident Commander',
      description: 'Act during incidents',
      role_type: 'assumable',
      max_session_duration: 7200,
    });
    await call('POST', `/v2/roles/${String(assumable.id)}/policies/${String(policy.id)}`);
    await call('POST', `/v2/roles/${String(assignable.id)}/groups/${String(group.id)}`);
    const roleRead = (await call('GET', `/v2/roles/${String(assumable.id)}`)).role as Json;
    expect(roleRead).toEqual({ ...assumable, policies: [policy] });

    // A trust with every condition.
    const trust = await call('POST', '/v2/role-trusts', {
      role_id: assumable.id,
      trust_type: 'TemporaryAssumption',
      trusted_group_id: group.id,
      conditions: {
        time_of_day: BERLIN_OFFICE_HOURS,
        ip_address: ['203.0.113.0/24'],
      },
      valid_until: '2027-06-30T23:59:59+00:00',
    });
    expect((await call('GET', `/v2/role-trusts/${String(trust.id)}`)).role_trust).toEqual(trust);
    expect(trust).toMatchObject({
      role_name: 'Incident Commander',
      group_display: 'Incident Command',
      valid_until: '2027-06-30T23:59:59+00:00',
    });

    // The views that join it all up.
    const aliceRoles = (await call('GET', `/v2/users/${String(alice.id)}/roles`)).roles as Json;
    expect((aliceRoles.inherited as Json[]).map((r) => r.name)).toEqual(['Incident Viewer']);
    const alicePolicies = (await call('GET', `/v2/users/${String(alice.id)}/policies`))
      .policies as Json;
    expect((alicePolicies.inherited as Json[]).map((p) => p.name)).toContain('IncidentCompute');
    const assumableForAlice = await call('GET', `/v2/role-trusts/assumable/${String(alice.id)}`);
    expect((assumableForAlice.assumable_roles as Json[]).map((t) => t.id)).toEqual([trust.id]);
    const groupPolicies = (await call('GET', `/v2/groups/${String(group.id)}/policies`))
      .policies as Json;
    expect((groupPolicies.direct as Json[]).map((p) => p.id)).toEqual([policy.id]);
    expect((await call('GET', `/v2/policies/${String(policy.id)}/users`)).users).toEqual([
      { id: bot.id, name: 'deploy-bot', email: 'bot@example.test' },
    ]);
  });
});
