import { describe, expect, it } from 'vitest';
import { API, pathOf, readReply } from '../shared/api/contract';
import type { Route } from '../shared/api/contract';
import {
  chooseVariants,
  DROPPING_ZONE,
  FilterTally,
  filterReply,
  filterRequest,
  seedFrom,
  VARIANTS,
} from './contract-minimal';
import type { Variants } from './contract-minimal';

const ID = (n: number) => `66666666-7777-4888-9999-${String(n).padStart(12, '0')}`;
const ALL_OFF = Object.fromEntries(VARIANTS.map((v) => [v, false])) as Variants;
const ALL_ON = Object.fromEntries(VARIANTS.map((v) => [v, true])) as Variants;
const body = (json: unknown) => Buffer.from(JSON.stringify(json));
const meta = { total: 1, links: { next: '', prev: '' } };

/** Runs an emulator reply through the filter and gives the JSON the console receives. */
function through(
  route: Route,
  params: Record<string, string>,
  json: unknown,
  variants: Variants,
  tally = new FilterTally(),
) {
  const out = filterReply(
    route.method,
    pathOf(route, params),
    { status: 200, body: body(json) },
    variants,
    tally,
  );
  return {
    status: out.status,
    json: out.body.length ? (JSON.parse(out.body.toString()) as unknown) : null,
  };
}

const policy = {
  id: ID(2),
  name: 'ReadOnly',
  description: '',
  policy_document: { Version: '2026-03-20', Statement: [] },
  version: '2026-03-20',
  is_system_policy: true,
  date_created: '2026-11-22T10:00:00+00:00',
};
const role = {
  id: ID(1),
  name: 'Ops',
  description: '',
  role_type: 'assumable',
  max_session_duration: 3600,
  policies: [policy],
  date_created: '2026-11-22T10:00:00+00:00',
};
const user = {
  id: ID(3),
  name: 'Blake Chen',
  email: 'blake@example.test',
  api_enabled: true,
  service_user: false,
  acls: [],
  first_name: 'Blake',
  last_name: 'Chen',
  date_created: '2026-11-22T10:00:00+00:00',
};
const trust = {
  id: ID(4),
  role_id: ID(1),
  role_name: 'Ops',
  trust_type: 'TemporaryAssumption',
  trusted_user_id: ID(3),
  user_display: 'Blake Chen',
  trusted_group_id: '',
  group_display: '',
  trusted_oidc_issuer_id: '',
  issuer_display: '',
  conditions: { time_of_day: { timezone: 'utc', start: 9, end: 17 }, ip_address: [] },
  valid_until: '',
  date_created: '2026-11-22T10:00:00+00:00',
};
const session = {
  id: ID(5),
  session_token: 'ars-abcdefghijklmnopqrstuvwxyz012345',
  role_id: ID(1),
  user_id: ID(3),
  oidc_issuer_id: '',
  session_name: 'ss',
  auth_method: 'api_key',
  remaining_duration: 100,
  conditions_met: ['trusted_principal'],
  source_ip: '127.0.0.1',
  assumed_at: '2026-11-22T10:00:00+00:00',
  expires_at: '2026-11-22T11:00:00+00:00',
};
const group = {
  id: ID(6),
  display_name: 'Platform',
  description: '',
  members: [{ id: ID(3), email: 'blake@example.test', name: 'Blake Chen' }],
  date_created: '2026-11-22T10:00:00+00:00',
};

describe('the run’s variants', () => {
  it('follow the seed: the same seed, the same choices; across seeds both sides of each', () => {
    expect(chooseVariants(42)).toEqual(chooseVariants(42));
    for (const v of VARIANTS) {
      const seen = new Set(Array.from({ length: 64 }, (_, seed) => chooseVariants(seed)[v]));
      expect(seen, v).toEqual(new Set([true, false]));
    }
  });

  it('take the seed from CONTRACT_SEED, or a random one', () => {
    expect(seedFrom('1234')).toBe(1234);
    expect(seedFrom(undefined, () => 0.5)).toBe(2 ** 31);
    expect(seedFrom('', () => 0)).toBe(0);
    expect(() => seedFrom('abc')).toThrow(/CONTRACT_SEED/);
  });
});

describe('requests', () => {
  it('answers 404 for the emulator’s own routes and for sessions addressed by id', () => {
    const tally = new FilterTally();
    const refused = [
      ['GET', pathOf(API.readMe)],
      ['GET', pathOf(API.listRoleSessions, {}, { role_id: ID(1) })],
      ['GET', pathOf(API.readSession, { token: ID(5) })],
      ['DELETE', pathOf(API.revokeSession, { token: ID(5) })],
    ] as const;
    for (const [method, url] of refused) {
      expect(filterRequest(method, url, Buffer.alloc(0), tally)).toEqual({
        kind: 'answer',
        status: 404,
        body: { error: 'Not found', status: 404 },
      });
    }
    expect(tally.refusedTotal).toBe(4);
    expect([...tally.refused.keys()]).toEqual(
      expect.arrayContaining(['GET /users/me', 'GET /assumed-roles?role_id=']),
    );
    const byToken = filterRequest(
      'DELETE',
      pathOf(API.revokeSession, { token: session.session_token }),
      Buffer.alloc(0),
      tally,
    );
    expect(byToken.kind).toBe('forward');
    expect(
      filterRequest('GET', pathOf(API.readUser, { userId: ID(3) }), Buffer.alloc(0), tally).kind,
    ).toBe('forward');
  });

  it('refuses a trust written with valid_until: null', () => {
    const tally = new FilterTally();
    for (const [method, url] of [
      ['POST', pathOf(API.createTrust)],
      ['PUT', pathOf(API.updateTrust, { trustId: ID(4) })],
    ] as const) {
      const decision = filterRequest(method, url, body({ valid_until: null }), tally);
      expect(decision).toMatchObject({ kind: 'answer', status: 400 });
    }
    const fine = filterRequest('POST', pathOf(API.createTrust), body({ valid_until: '' }), tally);
    expect(fine.kind).toBe('forward');
    expect(tally.rejected.size).toBe(2);
    expect(tally.refusedTotal).toBe(0);
  });

  it(`drops days_of_week from a trust in ${DROPPING_ZONE}, and from no other`, () => {
    const tally = new FilterTally();
    const write = (timezone: string) => ({
      role_id: ID(1),
      conditions: {
        time_of_day: { timezone, days_of_week: ['monday'], start: 9, end: 17 },
        ip_address: [],
      },
    });
    const dropped = filterRequest(
      'POST',
      pathOf(API.createTrust),
      body(write(DROPPING_ZONE)),
      tally,
    );
    expect(dropped.kind).toBe('forward');
    const sent = JSON.parse((dropped as { body: Buffer }).body.toString()) as typeof trust;
    expect(sent.conditions.time_of_day).toEqual({ timezone: DROPPING_ZONE, start: 9, end: 17 });
    const kept = filterRequest(
      'POST',
      pathOf(API.createTrust),
      body(write('Europe/Berlin')),
      tally,
    );
    expect(JSON.parse((kept as { body: Buffer }).body.toString())).toEqual(write('Europe/Berlin'));
    expect(tally.rewritten.size).toBe(1);
  });

  it('passes on what is not in the contract table (STS) untouched', () => {
    const tally = new FilterTally();
    const form = Buffer.from('Action=AssumeRole');
    const decision = filterRequest('POST', '/v2/assumed-roles/compatibility/aws/sts', form, tally);
    expect(decision).toEqual({ kind: 'forward', body: form });
    expect(tally.unlisted.size).toBe(1);
  });
});

describe('replies', () => {
  it('keep only Vultr’s fields, and say which they removed', () => {
    const tally = new FilterTally();
    const users = through(API.listUsers, {}, { users: [user], meta }, ALL_OFF, tally).json as {
      users: Record<string, unknown>[];
    };
    expect(users.users[0]).not.toHaveProperty('date_created');
    expect(users.users[0]).toMatchObject({ id: ID(3), first_name: 'Blake', acls: [] });
    const trusts = through(API.listTrusts, {}, { role_trusts: [trust], meta }, ALL_OFF, tally)
      .json as { role_trusts: Record<string, unknown>[] };
    expect(trusts.role_trusts[0]).not.toHaveProperty('issuer_display');
    expect(trusts.role_trusts[0]!.conditions).toEqual(trust.conditions);
    expect(Object.fromEntries(tally.removed)).toEqual({
      'listUsers: users[].date_created': 1,
      'listTrusts: role_trusts[].issuer_display': 1,
    });
    expect(tally.removedTotal).toBe(2);
  });

  it('with every variant on, still read with the contract’s schemas', () => {
    const cases: [Route, Record<string, string>, unknown][] = [
      [
        API.listOrganizations,
        {},
        { organizations: [{ id: ID(9), name: 'Acme', type: 'b', date_created: '' }], meta },
      ],
      [API.listRoles, {}, { roles: [role], meta }],
      [API.readRole, { roleId: ID(1) }, { role }],
      [API.createRole, {}, role],
      [API.createTrust, {}, trust],
      [API.listUserSessions, { userId: ID(3) }, { sessions: [session], meta }],
      [API.readSession, { token: session.session_token }, { assumed_role: session }],
      [API.assume, {}, session],
      [API.userRoles, { userId: ID(3) }, { roles: { all: [role], direct: [role], inherited: [] } }],
      [
        API.userPolicies,
        { userId: ID(3) },
        { policies: { all: [policy], direct: [], inherited: [policy] } },
      ],
      [API.listGroups, {}, { groups: [group], meta }],
      [API.readGroup, { groupId: ID(6) }, { group }],
      [API.listGroupMembers, { groupId: ID(6) }, { members: group.members, meta }],
      [
        API.groupRoles,
        { groupId: ID(6) },
        {
          roles: {
            all: [
              {
                id: ID(1),
                display_name: 'Ops',
                description: '',
                role_type: 'assignable',
                date_assigned: '',
              },
            ],
            direct: [],
            inherited: [],
          },
        },
      ],
      [API.createUser, {}, { ...user, api_key: 'KEY' }],
    ];
    for (const variants of [ALL_ON, ALL_OFF]) {
      for (const [route, params, json] of cases) {
        const out = through(route, params, json, variants);
        const read = readReply(route, out.json, params);
        expect(read.ok, `${route.method} ${route.path} ${JSON.stringify(out.json)}`).toBe(true);
      }
    }
  });

  it('switch each documented variant', () => {
    const on = (route: Route, params: Record<string, string>, json: unknown) =>
      through(route, params, json, ALL_ON).json as Record<string, unknown>;
    expect(on(API.listOrganizations, {}, { organizations: [], meta })).toHaveProperty('orgs');
    const sessions = on(API.listUserSessions, { userId: ID(3) }, { sessions: [session], meta });
    expect(sessions).toHaveProperty('assumed_role_sessions');
    expect((sessions.assumed_role_sessions as Record<string, unknown>[])[0]).toMatchObject({
      conditions_met: true,
      expires_at: '2026-11-22 11:00:00',
      session_token: session.session_token,
    });
    expect(on(API.createRole, {}, role)).toEqual({
      role: { ...role, policies: [{ policy_id: ID(2), policy_name: 'ReadOnly', role_id: ID(1) }] },
    });
    expect(
      on(API.userRoles, { userId: ID(3) }, { roles: { all: [], direct: [], inherited: [] } }),
    ).toEqual({
      roles: [],
    });
    expect(on(API.listGroupMembers, { groupId: ID(6) }, { members: group.members, meta })).toEqual({
      members: [{ id: ID(3), email: 'blake@example.test', first_name: 'Blake', last_name: 'Chen' }],
      meta,
    });
    const groupRole = {
      id: ID(1),
      display_name: 'Ops',
      description: '',
      role_type: 'x',
      date_assigned: '',
    };
    const roles = { roles: { all: [groupRole], direct: [groupRole], inherited: [] } };
    expect(on(API.groupRoles, { groupId: ID(6) }, roles)).toEqual(roles);
    const off = through(API.groupRoles, { groupId: ID(6) }, roles, ALL_OFF).json as typeof roles;
    expect(off.roles.all[0]).toEqual({
      id: ID(1),
      name: 'Ops',
      description: '',
      role_type: 'x',
      date_assigned: '',
    });

    const put = through(API.updatePolicy, { policyId: ID(2) }, policy, ALL_ON);
    expect(put).toEqual({ status: 204, json: null });
    expect(through(API.updatePolicy, { policyId: ID(2) }, policy, ALL_OFF).json).toEqual(policy);

    const error = filterReply(
      'GET',
      pathOf(API.readRole, { roleId: ID(1) }),
      { status: 404, body: body({ error: 'Role not found', status: 404 }) },
      ALL_ON,
      new FilterTally(),
    );
    expect(JSON.parse(error.body.toString())).toEqual({ message: 'Role not found', status: 404 });
  });

  it('pass bodiless and non-JSON replies on as they came', () => {
    const tally = new FilterTally();
    const empty = { status: 204, body: Buffer.alloc(0) };
    expect(
      filterReply('DELETE', pathOf(API.deleteRole, { roleId: ID(1) }), empty, ALL_ON, tally),
    ).toBe(empty);
    const xml = { status: 200, body: Buffer.from('<xml/>') };
    expect(filterReply('POST', '/v2/assumed-roles/compatibility/aws/sts', xml, ALL_ON, tally)).toBe(
      xml,
    );
  });

  it('sum up a run', () => {
    const tally = new FilterTally();
    through(API.listUsers, {}, { users: [user, user], meta }, ALL_OFF, tally);
    filterRequest('GET', pathOf(API.readMe), Buffer.alloc(0), tally);
    const text = tally.summary(7, chooseVariants(7));
    expect(text).toContain('seed 7');
    expect(text).toMatch(/fields removed .*: 2/);
    expect(text).toMatch(/2 {2}listUsers: users\[\]\.date_created/);
    expect(text).toMatch(/1 {2}GET \/users\/me/);
  });
});
