import { describe, expect, it } from 'vitest';
import { describeStatement } from '../../../../shared/iam/evaluate';
import { buildOrgGraph } from './build-org-graph';
import { demoLists, trust } from './demo-org.fixture';
import { assumersOf, whoCanRows } from './who-can';

const graph = buildOrgGraph(demoLists());
const NOW = new Date('2026-06-03T10:00:00Z'); // a Wednesday

describe('whoCanRows', () => {
  it('iam.role.Create: only the administrator role, no user or group', () => {
    const rows = whoCanRows(graph, 'iam.role.Create', '*', undefined, NOW);
    expect(rows.map((r) => [r.kind, r.name])).toEqual([['role', 'Break-glass Administrator']]);
    expect(rows[0]!.statements.map(describeStatement)).toEqual([
      'AdministratorAccess, statement 1',
    ]);
    expect(rows[0]!.assumers).toBeUndefined();
  });

  it('lists users, then groups, then roles, each by name, with the path that allows them', () => {
    const rows = whoCanRows(graph, 'iam.role.List', '*', new Map(), NOW);
    expect(rows.map((r) => `${r.kind} ${r.name}`)).toEqual([
      'user Blake Chen',
      'user Carmen Diaz',
      'user Emil Novak',
      'user Farah Haddad',
      'group Auditors',
      'group Platform Engineers',
      'role Break-glass Administrator',
    ]);
    const farah = rows.find((r) => r.name === 'Farah Haddad')!;
    expect(farah.statements.map(describeStatement)).toEqual([
      'via group Platform Engineers → role Developer → ReadOnlyAccess, statement 1',
    ]);
    expect(rows.find((r) => r.kind === 'role')!.assumers).toEqual([]);
  });

  it('an explicit Deny keeps a role out', () => {
    const rows = whoCanRows(graph, 'compute.instance.Delete', '*', undefined, NOW);
    expect(rows.map((r) => r.name)).toEqual(['Break-glass Administrator']);
  });
});

describe('assumersOf', () => {
  const role = 'breakglass';

  it('a trusted user whose policies allow assuming may assume now', () => {
    const trusts = [trust({ trusted_user_id: 'blake', valid_until: '2026-07-01T00:00:00Z' })];
    expect(assumersOf(graph, role, trusts, NOW)).toEqual([
      { kind: 'user', id: 'blake', name: 'Blake Chen', now: true },
    ]);
  });

  it('a group trust names each member; members without the permission may not', () => {
    const trusts = [trust({ trusted_group_id: 'auditors' }), trust({ trusted_group_id: 'oncall' })];
    expect(assumersOf(graph, role, trusts, NOW)).toEqual([
      { kind: 'user', id: 'carmen', name: 'Carmen Diaz', now: true },
      { kind: 'user', id: 'devi', name: 'Devi Patel', now: true },
      {
        kind: 'user',
        id: 'emil',
        name: 'Emil Novak',
        now: false,
        reason: 'their policies do not allow iam.role.AssumeRole',
      },
    ]);
  });

  it('says which condition fails now, and notes an address limit instead of judging it', () => {
    const trusts = [
      trust({ trusted_user_id: 'ci', valid_until: '2026-01-01T00:00:00Z' }),
      trust({
        trusted_user_id: 'blake',
        conditions: { ip_address: ['203.0.113.0/24'] },
      }),
      trust({
        trusted_user_id: 'devi',
        conditions: {
          ip_address: [],
          time_of_day: { timezone: 'utc', days_of_week: ['saturday', 'sunday'] },
        },
      }),
    ];
    const out = assumersOf(graph, role, trusts, NOW);
    expect(out[0]).toEqual({
      kind: 'user',
      id: 'blake',
      name: 'Blake Chen',
      now: true,
      note: 'from 203.0.113.0/24 only',
    });
    expect(out.find((a) => a.id === 'ci')!.reason).toContain('expired');
    expect(out.find((a) => a.id === 'devi')!.reason).toContain('outside the schedule');
  });

  it('an OIDC issuer trust: web identity from the issuer, by its name', () => {
    const trusts = [trust({ trust_type: 'FederatedAssumption', trusted_oidc_issuer_id: 'gh' })];
    expect(assumersOf(graph, role, trusts, NOW, [{ id: 'gh', name: 'GitHub Actions' }])).toEqual([
      { kind: 'issuer', id: 'gh', name: 'Web identity from GitHub Actions', now: true },
    ]);
  });

  it('a role without trusts: nobody', () => {
    expect(assumersOf(graph, role, [], NOW)).toEqual([]);
  });
});
