import { describe, expect, it } from 'vitest';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import type { Role } from '../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import {
  groupCaller,
  issuerOfToken,
  judgeForUnknownCaller,
  judgeRole,
  trustPrincipal,
  userCaller,
  whatIf,
} from './verdicts';
import { trustFixture } from '../../../entities/trust/trust.fixture';

const USER = 'aaaaaaaa-0000-4000-8000-000000000001';
const OTHER = 'aaaaaaaa-0000-4000-8000-000000000002';
const GROUP = 'bbbbbbbb-0000-4000-8000-000000000001';
const ISSUER = 'cccccccc-0000-4000-8000-000000000001';
const ROLE_A = 'dddddddd-0000-4000-8000-00000000000a';
const ROLE_B = 'dddddddd-0000-4000-8000-00000000000b';

const trust = (over: Partial<RoleTrust>) =>
  trustFixture({ role_id: ROLE_A, role_name: 'A', ...over });
const role = (id: string, name: string, type: Role['role_type'] = 'assumable'): Role => ({
  id,
  name,
  description: '',
  role_type: type,
  max_session_duration: 3600,
  policies: [],
  date_created: '2026-01-01T00:00:00+00:00',
});

// A Tuesday, 12:00 UTC.
const NOON = new Date('2026-03-10T12:00:00Z');
const me = userCaller(USER, [GROUP]);

describe('judgeRole', () => {
  it('names the trust that allows, by its principal', () => {
    const t = trust({ trusted_user_id: USER, user_display: 'Avery Quinn' });
    const v = judgeRole([t], me, '127.0.0.1', NOON);
    expect(v.allowed).toBe(true);
    expect(v.summary).toBe('Allowed by the trust for User Avery Quinn (TemporaryAssumption).');
    expect(v.trusts[0]!.conditions.every((c) => c.held)).toBe(true);
  });

  it('says which condition failed and when the schedule next opens', () => {
    const t = trust({
      trusted_group_id: GROUP,
      group_display: 'On-call',
      conditions: { ip_address: [], time_of_day: { timezone: 'utc', start: 14, end: 15 } },
    });
    const v = judgeRole([t], me, '127.0.0.1', NOON);
    expect(v.allowed).toBe(false);
    expect(v.summary).toMatch(
      /^Denied: the trust for Group On-call names this caller, but outside the schedule/,
    );
    expect(v.summary).toContain('it next opens at 2026-03-10T14:00:00Z');
    const schedule = v.trusts[0]!.conditions.find((c) => c.condition === 'time_of_day')!;
    expect(schedule).toMatchObject({ label: 'Schedule', held: false });
    expect(v.trusts[0]!.nextOpening?.toISOString()).toBe('2026-03-10T14:00:00.000Z');
  });

  it('reports a source address outside the allow-list', () => {
    const t = trust({ trusted_user_id: USER, conditions: { ip_address: ['203.0.113.0/24'] } });
    const v = judgeRole([t], me, '127.0.0.1', NOON);
    expect(v.summary).toContain('source IP 127.0.0.1 is not in the allow-list (203.0.113.0/24)');
    expect(v.trusts[0]!.nextOpening).toBeNull();
  });

  it('picks the closest trust naming the caller, and says when none names it', () => {
    const far = trust({
      trusted_user_id: USER,
      valid_until: '2026-01-01T00:00:00+00:00',
      conditions: { ip_address: ['203.0.113.0/24'] },
    });
    const near = trust({ trusted_user_id: USER, valid_until: '2026-01-01T00:00:00+00:00' });
    const stranger = trust({ trusted_user_id: OTHER });
    expect(judgeRole([far, near, stranger], me, '127.0.0.1', NOON).summary).toBe(
      'Denied: the trust for User ' +
        USER +
        ' names this caller, but the trust expired at 2026-01-01T00:00:00+00:00.',
    );
    expect(judgeRole([stranger], me, '127.0.0.1', NOON).summary).toBe(
      'Denied: no trust of the role names this caller.',
    );
    expect(judgeRole([], me, '127.0.0.1', NOON).summary).toMatch(/has no trusts/);
  });

  it('names principals by their display names, falling back to ids', () => {
    expect(trustPrincipal(trust({ trusted_group_id: GROUP, group_display: 'Ops' }))).toBe(
      'Group Ops',
    );
    expect(trustPrincipal(trust({ trusted_oidc_issuer_id: ISSUER }))).toBe(`OIDC Issuer ${ISSUER}`);
  });

  it('names an issuer from the issuer list, as Vultr trusts carry no issuer name', () => {
    const issuers = [{ id: ISSUER, uri: 'https://token.example.com', display_name: '' }];
    expect(trustPrincipal(trust({ trusted_oidc_issuer_id: ISSUER }), { issuers })).toBe(
      'OIDC Issuer https://token.example.com',
    );
  });
});

describe('judgeForUnknownCaller', () => {
  it('judges each trust on its other conditions and allows nothing for sure', () => {
    const open = trust({ trusted_user_id: USER, user_display: 'Ada' });
    const fenced = trust({
      trusted_group_id: GROUP,
      group_display: 'Ops',
      conditions: { ip_address: ['203.0.113.0/24'] },
    });
    const v = judgeForUnknownCaller([open, fenced], '127.0.0.1', NOON);
    expect(v.allowed).toBe(false);
    expect(v.summary).toBe(
      "Every other condition holds for the trust for User Ada: the key's user must be that principal (or a member of the group).",
    );
    expect(v.trusts.map((t) => t.allowed)).toEqual([true, false]);
    // Who asks is not known, so it is not listed as a condition that held.
    expect(v.trusts[0]!.conditions.map((c) => c.condition)).not.toContain('trusted_principal');
  });

  it('says when every trust fails besides who is asking, or when there are none', () => {
    const expired = trust({ trusted_user_id: USER, valid_until: '2026-01-01T00:00:00+00:00' });
    expect(judgeForUnknownCaller([expired], '::1', NOON).summary).toMatch(
      /^Denied whoever the key belongs to/,
    );
    expect(judgeForUnknownCaller([], '::1', NOON).summary).toMatch(/has no trusts/);
  });
});

describe('callers', () => {
  it('a group on its own matches trusts naming the group only', () => {
    const byGroup = trust({ trusted_group_id: GROUP });
    const byUser = trust({ trusted_user_id: USER });
    expect(judgeRole([byGroup], groupCaller(GROUP), '::1', NOON).allowed).toBe(true);
    expect(judgeRole([byUser], groupCaller(GROUP), '::1', NOON).allowed).toBe(false);
  });

  it("finds a token's issuer by its iss claim, ignoring a trailing slash", () => {
    const payload = Buffer.from(
      JSON.stringify({ iss: 'http://127.0.0.1:9/oidc/dev/', sub: 'ci' }),
    ).toString('base64url');
    const issuer = { id: ISSUER, uri: 'http://127.0.0.1:9/oidc/dev' } as OidcIssuer;
    expect(issuerOfToken(`x.${payload}.y`, [issuer])).toEqual({
      issuer,
      iss: 'http://127.0.0.1:9/oidc/dev/',
      sub: 'ci',
    });
    expect(issuerOfToken('garbage', [issuer])).toEqual({ issuer: null, iss: null, sub: '' });
  });
});

describe('whatIf', () => {
  it('judges every assumable role, allowed ones first, and skips assignable roles', () => {
    const rows = whatIf(
      [role(ROLE_A, 'Zulu'), role(ROLE_B, 'Alpha'), role('x', 'Assignable', 'assignable')],
      [
        trust({ role_id: ROLE_A, trusted_user_id: USER }),
        trust({ role_id: ROLE_B, trusted_user_id: OTHER }),
      ],
      me,
      '10.0.0.1',
      NOON,
    );
    expect(rows.map((r) => [r.role.name, r.verdict.allowed])).toEqual([
      ['Zulu', true],
      ['Alpha', false],
    ]);
  });
});
