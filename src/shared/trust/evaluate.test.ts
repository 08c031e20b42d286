import { describe, expect, it } from 'vitest';
import { evaluateTrusts, explainDenial } from './evaluate';
import { TRUST_CONDITIONS, type EvaluatedTrust, type TrustCaller } from './types';

const USER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER_USER = '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const GROUP = '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ISSUER = '2a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function trust(overrides: Partial<EvaluatedTrust> = {}): EvaluatedTrust {
  return {
    id: 'trust-1',
    trust_type: 'TemporaryAssumption',
    trusted_user_id: USER,
    trusted_group_id: '',
    trusted_oidc_issuer_id: '',
    conditions: { ip_address: [] },
    valid_until: '',
    ...overrides,
  };
}
const byUser = (userId: string, groupIds: string[] = []): TrustCaller => ({
  kind: 'user',
  userId,
  groupIds,
});
const byIssuer = (issuerId: string): TrustCaller => ({ kind: 'oidc', issuerId, subject: 'ci' });
const alice = byUser(USER, [GROUP]);
const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday
const IP = '203.0.113.5';

const evaluateOne = (t: EvaluatedTrust, caller: TrustCaller = alice, ip = IP, at = NOW) =>
  evaluateTrusts([t], caller, ip, at).trusts[0];

describe('evaluateTrusts: principals', () => {
  const groupTrust = trust({ trusted_user_id: '', trusted_group_id: GROUP });
  const issuerTrust = trust({
    trust_type: 'IAMAssumption',
    trusted_user_id: '',
    trusted_oidc_issuer_id: ISSUER,
  });
  const cases: [string, EvaluatedTrust, TrustCaller, boolean][] = [
    ['user named directly', trust(), alice, true],
    ['another user', trust(), byUser(OTHER_USER, [GROUP]), false],
    ['user through a group', groupTrust, alice, true],
    ['user outside the group', groupTrust, byUser(USER), false],
    ['issuer named', issuerTrust, byIssuer(ISSUER), true],
    ['another issuer', issuerTrust, byIssuer(GROUP), false],
    ['issuer against a user trust', trust({ trusted_user_id: ISSUER }), byIssuer(ISSUER), false],
    ['user against an issuer trust', issuerTrust, byUser(ISSUER, [ISSUER]), false],
    ['empty ids never match', trust({ trusted_user_id: '' }), byUser('', ['']), false],
  ];
  it.each(cases)('%s', (_, t, caller, allowed) => {
    const result = evaluateOne(t, caller);
    expect(result?.allowed).toBe(allowed);
    expect(result?.failed).toEqual(
      allowed
        ? []
        : [{ condition: 'trusted_principal', reason: 'the trust names another principal' }],
    );
  });

  it('lists all four conditions as met, in order, when allowed', () => {
    expect(evaluateOne(trust())).toEqual({
      trustId: 'trust-1',
      allowed: true,
      met: [...TRUST_CONDITIONS],
      failed: [],
    });
  });

  it('still evaluates the other conditions when the principal does not match', () => {
    const result = evaluateOne(
      trust({
        valid_until: '2026-01-01T00:00:00+00:00',
        conditions: { ip_address: ['10.0.0.0/8'] },
      }),
      byUser(OTHER_USER),
    );
    expect(result?.met).toEqual(['time_of_day']);
    expect(result?.failed.map((f) => f.condition)).toEqual([
      'trusted_principal',
      'valid_until',
      'ip_address',
    ]);
  });
});

describe('evaluateTrusts: valid_until', () => {
  const until = '2026-06-20T03:59:59+00:00';
  const cases: [string, string, string, string | null][] = [
    ['no expiry', '', '2099-01-01T00:00:00Z', null],
    ['one second before', until, '2026-06-20T03:59:58Z', null],
    ['one millisecond before', until, '2026-06-20T03:59:58.999Z', null],
    ['at the instant', until, '2026-06-20T03:59:59Z', `the trust expired at ${until}`],
    ['after', until, '2026-06-21T00:00:00Z', `the trust expired at ${until}`],
    ['offset spelling, before', '2026-06-20T05:59:59+02:00', '2026-06-20T03:59:58Z', null],
    [
      'offset spelling, at',
      '2026-06-20T05:59:59+02:00',
      '2026-06-20T03:59:59Z',
      'the trust expired at 2026-06-20T05:59:59+02:00',
    ],
    ['unreadable', 'soon', NOW.toISOString(), `the trust's expiry "soon" is not a valid timestamp`],
  ];
  it.each(cases)('%s', (_, validUntil, instant, reason) => {
    const result = evaluateOne(trust({ valid_until: validUntil }), alice, IP, new Date(instant));
    expect(result?.allowed).toBe(reason === null);
    expect(result?.failed).toEqual(reason === null ? [] : [{ condition: 'valid_until', reason }]);
  });
});

describe('evaluateTrusts: ip_address and time_of_day', () => {
  it('names the source and the allow-list', () => {
    const t = trust({ conditions: { ip_address: ['203.0.113.0/24', '2001:db8::/32'] } });
    expect(evaluateOne(t, alice, '198.51.100.4')?.failed).toEqual([
      {
        condition: 'ip_address',
        reason: 'source IP 198.51.100.4 is not in the allow-list (203.0.113.0/24, 2001:db8::/32)',
      },
    ]);
    expect(evaluateOne(t, alice, '::ffff:203.0.113.9')?.allowed).toBe(true);
    expect(evaluateOne(t, alice, '2001:db8::7')?.allowed).toBe(true);
  });

  it('says when the source is not an address', () => {
    const t = trust({ conditions: { ip_address: ['203.0.113.0/24'] } });
    expect(evaluateOne(t, alice, 'unknown')?.failed[0]?.reason).toBe(
      'source IP "unknown" is not a valid address, so it matches no entry of the allow-list (203.0.113.0/24)',
    );
  });

  const office = trust({
    conditions: {
      ip_address: [],
      time_of_day: {
        timezone: 'Europe/Berlin',
        days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        start: 9,
        end: 17,
      },
    },
  });

  it('allows inside the schedule', () => {
    expect(evaluateOne(office)?.allowed).toBe(true);
  });

  it('says when the schedule next opens', () => {
    expect(evaluateOne(office, alice, IP, new Date('2026-11-21T12:00:00Z'))?.failed).toEqual([
      {
        condition: 'time_of_day',
        reason:
          'outside the schedule (Weekdays 09:00–17:00 Europe/Berlin); it next opens at 2026-11-23T08:00:00Z',
      },
    ]);
  });

  it('fails closed on an unknown schedule zone', () => {
    const t = trust({ conditions: { ip_address: [], time_of_day: { timezone: 'Mars/Olympus' } } });
    expect(evaluateOne(t)?.failed).toEqual([
      { condition: 'time_of_day', reason: `the schedule's time zone "Mars/Olympus" is not known` },
    ]);
  });
});

describe('evaluateTrusts: several trusts and explainDenial', () => {
  const expired = trust({ id: 'expired', valid_until: '2026-01-01T00:00:00+00:00' });
  const elsewhere = trust({
    id: 'elsewhere',
    valid_until: '2026-01-01T00:00:00+00:00',
    conditions: { ip_address: ['10.0.0.0/8'] },
  });
  const stranger = trust({ id: 'stranger', trusted_user_id: OTHER_USER });
  const good = trust({ id: 'good' });

  it('matches the first trust that allows, keeping input order', () => {
    const result = evaluateTrusts([expired, good, trust({ id: 'also-good' })], alice, IP, NOW);
    expect(result.allowed).toBe(true);
    expect(result.matched?.trustId).toBe('good');
    expect(result.trusts.map((t) => [t.trustId, t.allowed])).toEqual([
      ['expired', false],
      ['good', true],
      ['also-good', true],
    ]);
    expect(explainDenial(result)).toBe('allowed by trust good');
  });

  it('denies with no trusts at all', () => {
    const result = evaluateTrusts([], alice, IP, NOW);
    expect(result).toEqual({ allowed: false, matched: null, trusts: [] });
    expect(explainDenial(result)).toBe('no trust names this caller');
  });

  it('explains from the naming trust with the fewest failures', () => {
    const result = evaluateTrusts([stranger, elsewhere, expired], alice, IP, NOW);
    expect(result.allowed).toBe(false);
    expect(explainDenial(result)).toBe(
      'trust expired names this caller but denies it: the trust expired at 2026-01-01T00:00:00+00:00',
    );
  });

  it('lists every failed condition of the closest trust', () => {
    const result = evaluateTrusts([stranger, elsewhere], alice, IP, NOW);
    expect(explainDenial(result)).toBe(
      'trust elsewhere names this caller but denies it: the trust expired at 2026-01-01T00:00:00+00:00; ' +
        'source IP 203.0.113.5 is not in the allow-list (10.0.0.0/8)',
    );
  });

  it('prefers the first on a tie', () => {
    const second = trust({ id: 'second', valid_until: '2026-02-01T00:00:00+00:00' });
    expect(explainDenial(evaluateTrusts([expired, second], alice, IP, NOW))).toMatch(
      /^trust expired names/,
    );
  });

  it('says so when no trust names the caller, however close the others are', () => {
    expect(explainDenial(evaluateTrusts([stranger], alice, IP, NOW))).toBe(
      'no trust names this caller',
    );
  });
});
