import { describe, expect, it } from 'vitest';
import type { RoleTrust, RoleTrustCreateInput } from '../schemas/role-trust';
import { roleTrustSchema } from '../schemas/role-trust';
import { entityKindOf, lintTrust, TRUST_TYPES_FOR_ENTITY } from './trust-lint';
import type { LintContext, LintedTrust } from './trust-lint';

const ISSUER = '5b7c2f0e-1d3a-4c55-9e8f-0a1b2c3d4e5f';
const USER = '0d9f3a2b-6c4e-4f1a-8b7c-9d0e1f2a3b4c';
const GROUP = '7e8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b';

const context = (over: Partial<LintContext> = {}): LintContext => ({
  now: new Date('2026-06-10T12:00:00Z'),
  viewerZone: 'Europe/Berlin',
  issuerName: (id) => (id === ISSUER ? 'GitHub Actions' : id),
  ...over,
});

const userTrust = (over: Partial<LintedTrust> = {}): LintedTrust => ({
  trust_type: 'TemporaryAssumption',
  trusted_user_id: USER,
  conditions: { ip_address: [] },
  ...over,
});
const oidcTrust = (over: Partial<LintedTrust> = {}): LintedTrust => ({
  trust_type: 'FederatedAssumption',
  trusted_oidc_issuer_id: ISSUER,
  conditions: { ip_address: [] },
  ...over,
});
const ids = (trust: LintedTrust, ctx = context()) => lintTrust(trust, ctx).map((f) => f.id);

describe('lintTrust', () => {
  it('finds nothing in a plain user trust', () => {
    expect(lintTrust(userTrust(), context())).toEqual([]);
  });

  it('warns that any token of the issuer can assume an OIDC trust with no other restriction', () => {
    const [finding] = lintTrust(oidcTrust(), context());
    expect(finding?.id).toBe('oidc-any-token');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('Any token GitHub Actions signs can assume this role');
    expect(finding?.fix).not.toBe('');
    // Without a name for it, the issuer is named by its id.
    const unnamed = lintTrust(oidcTrust(), context({ issuerName: undefined }));
    expect(unnamed[0]?.message).toContain(`OIDC issuer ${ISSUER}`);
  });

  it('does not warn about an OIDC trust limited to some addresses, or about a user trust', () => {
    expect(ids(oidcTrust({ conditions: { ip_address: ['203.0.113.0/24'] } }))).toEqual([]);
    expect(ids(userTrust())).not.toContain('oidc-any-token');
    // A catch-all entry is no limit.
    expect(ids(oidcTrust({ conditions: { ip_address: ['0.0.0.0/0'] } }))).toEqual([
      'oidc-any-token',
      'ip-any-address',
    ]);
  });

  it('warns about 0.0.0.0/0 and ::/0 however they are written, not about narrower ranges', () => {
    for (const entry of ['0.0.0.0/0', '::/0', '0::0/0', ' 10.1.2.3/0 ']) {
      const found = lintTrust(
        userTrust({ conditions: { ip_address: ['198.51.100.7', entry] } }),
        context(),
      );
      expect(
        found.map((f) => f.id),
        entry,
      ).toEqual(['ip-any-address']);
      expect(found[0]?.message).toContain(entry.trim());
      expect(found[0]?.fix).toContain('Remove');
    }
    const both = lintTrust(
      userTrust({ conditions: { ip_address: ['0.0.0.0/0', '::/0'] } }),
      context(),
    );
    expect(both[0]?.message).toContain('IPv4 and IPv6');
    expect(
      ids(userTrust({ conditions: { ip_address: ['0.0.0.0/1', '::/1', '10.0.0.0/8'] } })),
    ).toEqual([]);
    // An unreadable entry is the form's business, not the linter's.
    expect(ids(userTrust({ conditions: { ip_address: ['2001:db8:acme::/48'] } }))).toEqual([]);
  });

  it('warns about a window that never opens: no days, or start equal to end', () => {
    const noDays = userTrust({
      conditions: { time_of_day: { timezone: 'Europe/Berlin', days_of_week: [] }, ip_address: [] },
    });
    expect(ids(noDays)).toEqual(['schedule-never-opens']);
    expect(lintTrust(noDays, context())[0]?.fix).toContain('at least one day');
    const sameHours = userTrust({
      conditions: { time_of_day: { timezone: 'Europe/Berlin', start: 9, end: 9 }, ip_address: [] },
    });
    expect(ids(sameHours)).toEqual(['schedule-never-opens']);
    expect(lintTrust(sameHours, context())[0]?.message).toContain('09:00');
  });

  it('does not warn about windows that open, including ones that wrap past midnight', () => {
    for (const time_of_day of [
      { timezone: 'Europe/Berlin', start: 9, end: 17 },
      { timezone: 'Europe/Berlin', start: 22, end: 6 },
      { timezone: 'Europe/Berlin', days_of_week: ['saturday'] },
      { timezone: 'Europe/Berlin', days_of_week: ['monday'], start: 0, end: 24 },
    ]) {
      expect(ids(userTrust({ conditions: { time_of_day, ip_address: [] } }))).toEqual([]);
    }
  });

  it('warns about an expiry in the past, in the viewer zone with the zone named', () => {
    const [finding] = lintTrust(userTrust({ valid_until: '2026-06-10T11:30:00+00:00' }), context());
    expect(finding?.id).toBe('expired');
    expect(finding?.message).toContain('Wed 10 Jun 2026, 13:30 Europe/Berlin');
    // Exactly at the expiry the trust has stopped working.
    expect(ids(userTrust({ valid_until: '2026-06-10T12:00:00Z' }))).toEqual(['expired']);
  });

  it('warns about an expiry within the hour, not about one further out or none', () => {
    const soon = lintTrust(
      userTrust({ valid_until: '2026-06-10T18:00:00+05:30' }),
      context({ viewerZone: 'Asia/Kolkata' }),
    );
    expect(soon.map((f) => f.id)).toEqual(['expires-soon']);
    expect(soon[0]?.message).toContain('30 minutes');
    expect(soon[0]?.message).toContain('18:00 Asia/Kolkata');
    expect(ids(userTrust({ valid_until: '2026-06-10T13:00:00Z' }))).toEqual([]);
    expect(ids(userTrust({ valid_until: '' }))).toEqual([]);
    expect(ids(userTrust({ valid_until: null }))).toEqual([]);
    expect(ids(userTrust({ valid_until: 'not a time' }))).toEqual([]);
  });

  it('warns about FederatedAssumption on a user or group', () => {
    for (const trust of [
      userTrust({ trust_type: 'FederatedAssumption' }),
      { trust_type: 'FederatedAssumption', trusted_group_id: GROUP },
    ]) {
      const [finding] = lintTrust(trust, context());
      expect(finding?.id).toBe('trust-type-entity');
      expect(finding?.fix).toContain('TemporaryAssumption');
    }
    expect(ids(userTrust({ trust_type: 'IAMAssumption' }))).toEqual([]);
    expect(ids({ trust_type: 'TemporaryAssumption', trusted_group_id: GROUP })).toEqual([]);
  });

  it('warns about a non-federated type on an OIDC issuer, naming the issuer', () => {
    for (const type of ['TemporaryAssumption', 'IAMAssumption']) {
      const found = lintTrust(
        oidcTrust({ trust_type: type, conditions: { ip_address: ['203.0.113.0/24'] } }),
        context(),
      );
      expect(found.map((f) => f.id)).toEqual(['trust-type-entity']);
      expect(found[0]?.message).toContain('GitHub Actions');
      expect(found[0]?.fix).toContain('FederatedAssumption');
    }
  });

  it('tells about a daylight-saving change that moves a schedule in another zone', () => {
    // New York moves its clocks on 8 March 2026, Berlin on 29 March.
    const trust = userTrust({
      conditions: {
        time_of_day: { timezone: 'America/New_York', start: 9, end: 17 },
        ip_address: [],
      },
    });
    const found = lintTrust(trust, context({ now: new Date('2026-03-01T12:00:00Z') }));
    expect(found.map((f) => f.id)).toEqual(['schedule-dst']);
    expect(found[0]?.severity).toBe('info');
    expect(found[0]?.message).toContain('America/New_York');
    expect(found[0]?.message).toContain('8 Mar 2026');
    expect(found[0]?.fix).toContain('Europe/Berlin');
  });

  it('stays quiet about daylight saving when the zones match, move together, or nothing changes', () => {
    const at = (timezone: string) =>
      userTrust({ conditions: { time_of_day: { timezone, start: 9, end: 17 }, ip_address: [] } });
    const march = context({ now: new Date('2026-03-01T12:00:00Z') });
    expect(ids(at('Europe/Berlin'), march)).toEqual([]);
    // Paris and Berlin change on the same instant.
    expect(ids(at('Europe/Paris'), march)).toEqual([]);
    // No change in June, more than 30 days before October.
    expect(ids(at('America/New_York'))).toEqual([]);
    // An old name for the viewer's own zone never differs from it.
    expect(
      ids(at('Asia/Calcutta'), context({ viewerZone: 'Asia/Kolkata', now: march.now })),
    ).toEqual([]);
    // A UTC schedule moves on a Berlin clock at the end of March.
    expect(ids(at('utc'), march)).toEqual(['schedule-dst']);
    // An unknown viewer zone gives no finding rather than an error.
    expect(ids(at('America/New_York'), { ...march, viewerZone: 'Mars/Olympus' })).toEqual([]);
  });

  it('reads a trust as the API returns it', () => {
    const api: RoleTrust = roleTrustSchema.parse({
      id: '11111111-2222-4333-8444-555555555555',
      role_name: 'CI Deployer',
      trust_type: 'FederatedAssumption',
      trusted_user_id: '',
      trusted_group_id: null,
      trusted_oidc_issuer_id: ISSUER,
      conditions: { ip_address: null },
      valid_until: '',
      date_created: '2026-01-01T00:00:00+00:00',
    });
    expect(ids(api)).toEqual(['oidc-any-token']);
  });

  it('reads a create body as the wizard builds it, even before the entity is picked', () => {
    const body: RoleTrustCreateInput = {
      role_id: '11111111-2222-4333-8444-555555555555',
      trust_type: 'TemporaryAssumption',
      trusted_oidc_issuer_id: '',
      conditions: { time_of_day: { timezone: 'UTC', days_of_week: [] }, ip_address: ['::/0'] },
      valid_until: '2026-06-10T12:10:00+02:00',
    };
    expect(ids(body)).toEqual([
      'trust-type-entity',
      'oidc-any-token',
      'ip-any-address',
      'schedule-never-opens',
      'expired',
    ]);
    expect(lintTrust(body, context())[1]?.message).toContain('the OIDC issuer');
  });
});

describe('entityKindOf', () => {
  it('takes the non-empty principal, else the only one present', () => {
    expect(
      entityKindOf({
        trust_type: 'x',
        trusted_user_id: '',
        trusted_group_id: GROUP,
        trusted_oidc_issuer_id: '',
      }),
    ).toBe('group');
    expect(entityKindOf({ trust_type: 'x', trusted_user_id: '' })).toBe('user');
    expect(entityKindOf({ trust_type: 'x', trusted_user_id: '', trusted_group_id: '' })).toBeNull();
    expect(entityKindOf({ trust_type: 'x' })).toBeNull();
  });

  it('offers every trust type to some entity kind', () => {
    const offered = new Set(Object.values(TRUST_TYPES_FOR_ENTITY).flat());
    expect([...offered].sort()).toEqual([
      'FederatedAssumption',
      'IAMAssumption',
      'TemporaryAssumption',
    ]);
  });
});
