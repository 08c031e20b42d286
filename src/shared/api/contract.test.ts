import { describe, expect, it } from 'vitest';
import { ALL_ROUTES, API, matchRoute, pathOf, readReply } from './contract';
import type { Route } from './contract';

const ROLE = '6f1c2a8e-4b3d-4c5e-9f70-1a2b3c4d5e6f';
const USER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const GROUP = '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const POLICY = '2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const TRUST = '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ORG = '4a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const meta = { total: 1, links: { next: '', prev: '' } };

function read<R extends Route>(route: R, body: unknown, params: Record<string, string> = {}) {
  const r = readReply(route, body, params);
  if (!r.ok) throw new Error(r.issue.message);
  // Reading a normalised reply again changes nothing: the proxy and the SPA read the same bytes.
  const again = readReply(route, JSON.parse(JSON.stringify(r.data)), params);
  expect(again.ok && again.data).toEqual(r.data);
  return r.data;
}

describe('the route table', () => {
  it('names each method and path once', () => {
    const keys = ALL_ROUTES.map(({ route }) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks the emulator additions [E]', () => {
    const e = ALL_ROUTES.filter(({ route }) => route.source === 'E').map(({ name }) => name);
    expect(e.sort()).toEqual(['listRoleSessions', 'readMe']);
  });

  it('builds paths with encoded parameters and a query', () => {
    expect(pathOf(API.readRole, { roleId: ROLE })).toBe(`/v2/roles/${ROLE}`);
    expect(pathOf(API.readSession, { token: 'ars-a/b' })).toBe('/v2/assumed-roles/ars-a%2Fb');
    expect(pathOf(API.listRoles, {}, { per_page: '500', cursor: undefined })).toBe(
      '/v2/roles?per_page=500',
    );
    expect(() => pathOf(API.readRole, {})).toThrow(/roleId is missing/);
  });

  it.each([
    ['GET', '/v2/users/me', 'readMe', {}],
    ['GET', '/v2/users/me/groups', 'myGroups', {}],
    ['GET', `/v2/users/${USER}`, 'readUser', { userId: USER }],
    ['GET', `/v2/role-trusts/assumable/${USER}`, 'listAssumable', { userId: USER }],
    ['GET', `/v2/role-trusts/by-role/${ROLE}`, 'listTrustsByRole', { roleId: ROLE }],
    ['GET', `/v2/role-trusts/${TRUST}`, 'readTrust', { trustId: TRUST }],
    ['GET', `/v2/assumed-roles/users/${USER}/sessions`, 'listUserSessions', { userId: USER }],
    ['GET', '/v2/assumed-roles/ars-abc', 'readSession', { token: 'ars-abc' }],
    ['GET', '/v2/assumed-roles', 'listRoleSessions', {}],
    ['POST', '/v2/assumed-roles/assume', 'assume', {}],
    ['DELETE', '/v2/assumed-roles/ars-abc', 'revokeSession', { token: 'ars-abc' }],
    ['PATCH', `/v2/roles/${ROLE}/restore`, 'restoreRole', { roleId: ROLE }],
    ['GET', `/v2/roles/${ROLE}/`, 'readRole', { roleId: ROLE }],
  ])('%s %s is %s', (method, path, name, params) => {
    const m = matchRoute(method, path);
    expect(m?.name).toBe(name);
    expect(m?.params).toEqual(params);
  });

  it('knows nothing of other paths or methods', () => {
    expect(matchRoute('GET', '/v2/instances')).toBeUndefined();
    expect(matchRoute('PUT', '/v2/users/me')).toBeUndefined();
    expect(matchRoute('GET', '/v2/roles/%ff')).toBeUndefined();
  });
});

describe('replies as live Vultr may send them (§8)', () => {
  it('reads organizations under orgs or organizations', () => {
    const org = {
      id: ORG,
      name: 'Acme',
      type: 'standard',
      date_created: '2026-01-01T00:00:00+00:00',
    };
    expect(read(API.listOrganizations, { orgs: [org], meta }).organizations).toEqual([org]);
    expect(read(API.listOrganizations, { organizations: [org], meta }).organizations).toEqual([
      org,
    ]);
  });

  it('reads users without date_created, named by name or first and last name', () => {
    const page = read(API.listUsers, {
      users: [
        { id: USER, email: 'a@example.com', name: 'Ada', api_enabled: true, service_user: false },
        { id: GROUP, email: 'b@example.com', first_name: 'Bo', last_name: 'Li', api_enabled: null },
        { id: ROLE, email: 'c@example.com' },
      ],
      meta,
    });
    expect(page.users.map((u) => [u.name, u.date_created, u.api_enabled])).toEqual([
      ['Ada', '', true],
      ['Bo Li', '', true],
      ['c@example.com', '', true],
    ]);
  });

  it('reads a create reply wrapped or not', () => {
    const role = {
      id: ROLE,
      name: 'R',
      description: '',
      role_type: 'assumable',
      max_session_duration: 3600,
      policies: [],
      date_created: '2026-01-01T00:00:00Z',
    };
    expect(read(API.createRole, role)).toEqual(read(API.createRole, { role }));
    const user = { id: USER, email: 'a@example.com', name: 'Ada', api_key: 'K' };
    expect(read(API.createUser, { user }).api_key).toBe('K');
  });

  it('reads role policies as policy objects or relationship records', () => {
    const base = { id: ROLE, name: 'R', role_type: 'assignable', max_session_duration: 3600 };
    const objects = read(API.readRole, {
      role: {
        ...base,
        policies: [{ id: POLICY, name: 'P', description: 'd', is_system_policy: true }],
      },
    });
    const records = read(API.readRole, {
      role: { ...base, policies: [{ policy_id: POLICY, policy_name: 'P', role_id: ROLE }] },
    });
    expect(objects.role.policies).toEqual([
      { id: POLICY, name: 'P', description: 'd', is_system_policy: true },
    ]);
    expect(records.role.policies).toEqual([{ id: POLICY, name: 'P', description: '' }]);
    expect(read(API.readRole, { role: { ...base, policies: null } }).role.policies).toEqual([]);
  });

  it('reads trusts with empty, null or absent fields and fills role_id from by-role', () => {
    const trust = {
      id: TRUST,
      role_name: 'R',
      trust_type: 'TemporaryAssumption',
      trusted_user_id: USER,
      user_display: 'Ada',
      trusted_group_id: '',
      group_display: null,
      conditions: { time_of_day: { start: 0, end: 0 }, ip_address: null },
      valid_until: '',
      date_created: '2026-01-01 10:00:00',
    };
    const page = read(API.listTrustsByRole, { role_trusts: [trust], meta }, { roleId: ROLE });
    expect(page.role_trusts[0]).toMatchObject({
      role_id: ROLE,
      trusted_group_id: '',
      group_display: '',
      issuer_display: '',
      trusted_oidc_issuer_id: '',
      conditions: { ip_address: [] },
      valid_until: '',
      date_created: '2026-01-01T10:00:00Z',
    });
    expect(page.role_trusts[0]!.conditions.time_of_day).toBeUndefined();
  });

  it('reads any subset of a schedule, keeping the zone as sent', () => {
    const trust = (time_of_day: unknown) =>
      read(API.readTrust, {
        role_trust: { id: TRUST, trust_type: 'IAMAssumption', conditions: { time_of_day } },
      }).role_trust.conditions.time_of_day;
    expect(trust({ start: 9, end: 17 })).toEqual({ timezone: 'utc', start: 9, end: 17 });
    expect(trust({ timezone: 'Asia/Calcutta', days_of_week: ['Monday'] })).toEqual({
      timezone: 'Asia/Calcutta',
      days_of_week: ['monday'],
    });
    expect(trust(null)).toBeUndefined();
  });

  it('reads sessions under sessions or assumed_role_sessions, with boolean conditions_met and zone-less times', () => {
    const session = {
      session_token: 'ars-x',
      role_id: ROLE,
      user_id: USER,
      session_name: 's1',
      auth_method: 'jwt',
      remaining_duration: 60,
      conditions_met: true,
      source_ip: '203.0.113.5',
      assumed_at: '2026-09-18 14:42:19',
      expires_at: '2026-09-18 15:42:19',
    };
    const page = read(API.listUserSessions, { assumed_role_sessions: [session], meta });
    expect(page.sessions[0]).toMatchObject({
      conditions_met: ['all'],
      expires_at: '2026-09-18T15:42:19Z',
      assumed_at: '2026-09-18T14:42:19Z',
      id: '',
      role_name: '',
    });
    expect(
      read(API.listUserSessions, { sessions: [{ ...session, conditions_met: false }] }).sessions[0]!
        .conditions_met,
    ).toEqual([]);
    // govultr decodes a read unwrapped; the emulator wraps it.
    expect(read(API.readSession, session).assumed_role.session_token).toBe('ars-x');
    expect(read(API.readSession, { assumed_role: session }).assumed_role.session_token).toBe(
      'ars-x',
    );
  });

  it('reads a user role list as sets or as a flat list', () => {
    const role = { id: ROLE, name: 'R', description: '', role_type: 'assignable' };
    expect(
      read(API.userRoles, { roles: { all: [role], direct: [role], inherited: [] } }).roles.split,
    ).toBe(true);
    const flat = read(API.userRoles, { roles: [role] }).roles;
    expect(flat).toMatchObject({ all: [role], split: false });
  });

  it('reads group members and group role items as govultr names them', () => {
    const group = read(API.readGroup, {
      group: {
        id: GROUP,
        display_name: 'G',
        description: '',
        members: [
          { id: USER, email: 'a@example.com', name: 'Ada' },
          { id: ROLE, email: 'b@example.com', first_name: 'Bo', last_name: 'Li' },
          { id: POLICY, email: 'c@example.com', display_name: 'Cy' },
        ],
      },
    });
    expect(group.group.members.map((m) => m.name)).toEqual(['Ada', 'Bo Li', 'Cy']);
    const roles = read(API.groupRoles, {
      roles: {
        all: [{ id: ROLE, display_name: 'Dev', role_type: 'assignable' }],
        direct: [],
        inherited: [],
      },
    });
    expect(roles.roles.all[0]!.name).toBe('Dev');
  });

  it('reads an empty policy update as null, so the caller refetches', () => {
    expect(read(API.updatePolicy, null)).toBeNull();
  });

  it('reads Action and Resource as a string or an array', () => {
    const policy = read(API.readPolicy, {
      policy: {
        id: POLICY,
        name: 'P',
        policy_document: {
          Version: '2026-03-20',
          Statement: [{ Effect: 'Allow', Action: 'iam.*', Resource: '*' }],
        },
      },
    }).policy;
    expect(policy.policy_document.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: ['iam.*'],
      Resource: ['*'],
    });
  });

  it('refuses what no variant explains', () => {
    expect(readReply(API.readRole, { role: { name: 'no id' } }, {}).ok).toBe(false);
    expect(readReply(API.listUserSessions, { sessions: [{ role_id: ROLE }] }, {}).ok).toBe(false);
    expect(readReply(API.readUser, { user: { id: 'not-a-uuid', email: 'x' } }, {}).ok).toBe(false);
  });
});
