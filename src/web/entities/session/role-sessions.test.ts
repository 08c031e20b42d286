import { describe, expect, it } from 'vitest';
import { roleTrustSchema } from '../../../shared/schemas/role-trust';
import { sessionSchema } from '../../../shared/schemas/session';
import { mergeRoleSessions, sessionSourcesOf, usersToAsk } from './role-sessions';

const ROLE = '11111111-1111-4111-8111-111111111111';
const OTHER_ROLE = '22222222-2222-4222-8222-222222222222';
const ADA = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const BO = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const CY = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const GROUP = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const ISSUER = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

/** A trust as govultr shapes it: no role_id, unused principals empty, no [E] fields. */
const trust = (id: string, principal: Record<string, string>) =>
  roleTrustSchema.parse({
    id,
    role_name: 'Deployer',
    trust_type: 'TemporaryAssumption',
    trusted_user_id: '',
    trusted_group_id: null,
    ...principal,
    conditions: null,
    valid_until: '',
    date_created: '2026-11-01 10:00:00',
  });

/** A session as Vultr lists it: full token, no id, no role_name, zone-less expiry. */
const session = (token: string, roleId: string, assumedAt: string, userId = ADA) =>
  sessionSchema.parse({
    session_token: token,
    role_id: roleId,
    user_id: userId,
    session_name: `s-${token}`,
    auth_method: 'api_key',
    remaining_duration: 600,
    conditions_met: true,
    source_ip: '198.51.100.7',
    assumed_at: assumedAt,
    expires_at: '2026-11-22 16:00:00',
  });

describe('sessionSourcesOf', () => {
  it('collects the named users and groups once, and notes an OIDC trust', () => {
    const sources = sessionSourcesOf([
      trust('31111111-1111-4111-8111-111111111111', { trusted_user_id: ADA }),
      trust('32222222-2222-4222-8222-222222222222', { trusted_group_id: GROUP }),
      trust('33333333-3333-4333-8333-333333333333', { trusted_user_id: ADA }),
      trust('34444444-4444-4444-8444-444444444444', { trusted_oidc_issuer_id: ISSUER }),
    ]);
    expect(sources).toEqual({ userIds: [ADA], groupIds: [GROUP], hasOidcTrust: true });
  });

  it('has nothing to ask for a role without trusts', () => {
    expect(sessionSourcesOf([])).toEqual({ userIds: [], groupIds: [], hasOidcTrust: false });
  });
});

describe('usersToAsk', () => {
  it('asks the named users and every member of the named groups, each once', () => {
    const members = new Map([[GROUP, [BO, ADA, CY]]]);
    expect(usersToAsk({ userIds: [ADA], groupIds: [GROUP] }, members)).toEqual([ADA, BO, CY]);
    expect(usersToAsk({ userIds: [], groupIds: [GROUP] }, new Map())).toEqual([]);
  });
});

describe('mergeRoleSessions', () => {
  it('keeps the role’s sessions once each, oldest first', () => {
    const early = session('ars-early', ROLE, '2026-11-22 10:00:00');
    const late = session('ars-late', ROLE, '2026-11-22T12:00:00+00:00', BO);
    const foreign = session('ars-other', OTHER_ROLE, '2026-11-22 09:00:00');
    const merged = mergeRoleSessions(ROLE, [
      [late, foreign],
      [early, late],
    ]);
    expect(merged.map((s) => s.session_token)).toEqual(['ars-early', 'ars-late']);
    expect(merged[0]!.expires_at).toBe('2026-11-22T16:00:00Z');
  });
});
