import { describe, expect, it } from 'vitest';
import { roleTrustSchema } from '../../../../../shared/schemas/role-trust';
import { hasProblems, readIpEntries, trustCountText, trustProblems } from './trust-problems';

const ISSUER = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const USER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

/** A trust as govultr shapes it: no issuer name, unused principals empty. */
const trust = (principal: Record<string, string>, ips: string[] = []) =>
  roleTrustSchema.parse({
    id: '31111111-1111-4111-8111-111111111111',
    role_name: 'CI Deployer',
    trust_type: principal.trusted_oidc_issuer_id ? 'FederatedAssumption' : 'TemporaryAssumption',
    trusted_user_id: '',
    trusted_group_id: '',
    ...principal,
    conditions: { ip_address: ips },
    valid_until: '',
    date_created: '2026-11-01T10:00:00+00:00',
  });

const context = { now: new Date('2026-12-05T05:00:00Z'), viewerZone: 'Asia/Kolkata' };

describe('trustProblems', () => {
  it('names the issuer from the directory in the linter’s warning', () => {
    const github = trust({ trusted_oidc_issuer_id: ISSUER });
    const directory = {
      issuers: [{ id: ISSUER, uri: 'https://token.actions.githubusercontent.com' }],
    };
    const { findings } = trustProblems(github, { ...context, directory });
    expect(findings.map((f) => f.id)).toEqual(['oidc-any-token']);
    expect(findings[0]!.message).toContain(
      'Any token https://token.actions.githubusercontent.com signs can assume this role',
    );
    // Before the issuer list has loaded: by its id.
    expect(trustProblems(github, context).findings[0]!.message).toContain(`OIDC issuer ${ISSUER}`);
  });

  it('marks allow-list entries that are no address or network', () => {
    const t = trust({ trusted_user_id: USER }, ['203.0.113.0/24', '2001:db8:acme::/48']);
    expect(readIpEntries(t).map((r) => r.valid)).toEqual([true, false]);
    const problems = trustProblems(t, context);
    expect(problems.findings).toEqual([]);
    expect(problems.invalidIps).toEqual([
      {
        entry: '2001:db8:acme::/48',
        valid: false,
        reason: '"2001:db8:acme::/48" is not a valid IPv4 or IPv6 CIDR range',
      },
    ]);
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(trustProblems(trust({ trusted_user_id: USER }), context))).toBe(false);
  });
});

describe('trustCountText', () => {
  it('says how many trusts have findings', () => {
    expect(trustCountText(2, 1)).toBe('2 trusts · 1 with findings');
    expect(trustCountText(1, 0)).toBe('1 trust · no findings');
    expect(trustCountText(0, 0)).toBe('0 trusts');
  });
});
