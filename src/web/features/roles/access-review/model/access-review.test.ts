import { describe, expect, it } from 'vitest';
import { oidcIssuerSchema } from '../../../../../shared/schemas/oidc-issuer';
import { roleSchema } from '../../../../../shared/schemas/role';
import { roleTrustSchema } from '../../../../../shared/schemas/role-trust';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { accessReview, accessReviewCsv, accessReviewJson, csvCell } from './access-review';

/** A fixed UUID per name, as the API's ids are UUIDs. */
const names = new Map<string, string>();
function id(name: string): string {
  if (!names.has(name))
    names.set(name, `00000000-0000-4000-8000-${String(names.size + 1).padStart(12, '0')}`);
  return names.get(name)!;
}

const now = new Date('2026-12-02T10:00:00Z'); // a Wednesday

const role = (id: string, name: string, role_type = 'assumable') =>
  roleSchema.parse({ id, name, role_type, max_session_duration: 3600 });

const trust = (over: Record<string, unknown>): RoleTrust =>
  roleTrustSchema.parse({ id: id('t'), trust_type: 'TemporaryAssumption', ...over });

const people = [
  { id: id('u-ann'), name: 'Ann Lee', email: 'ann@example.com' },
  { id: id('u-bob'), name: 'Bob Ng', email: 'bob@example.com' },
  { id: id('u-eve'), name: '=HYPERLINK("http://evil")', email: 'eve@example.com' },
];

function review() {
  return accessReview({
    roles: [
      role(id('r-z'), 'Zeta'),
      role(id('r-a'), 'Alpha'),
      role(id('r-x'), 'Plain', 'assignable'),
    ],
    trusts: new Map([
      [
        id('r-z'),
        [
          trust({
            id: id('t-user'),
            trusted_user_id: id('u-ann'),
            conditions: { ip_address: ['10.0.0.0/8'] },
          }),
          trust({
            id: id('t-oidc'),
            trust_type: 'FederatedAssumption',
            trusted_oidc_issuer_id: id('i-gh'),
            valid_until: '2026-12-01T00:00:00Z',
          }),
        ],
      ],
      [
        id('r-a'),
        [
          trust({
            id: id('t-group'),
            trusted_group_id: id('g-ops'),
            conditions: {
              time_of_day: {
                timezone: 'Asia/Kolkata',
                days_of_week: ['monday'],
                start: 9,
                end: 17,
              },
            },
          }),
          trust({ id: id('t-empty'), trusted_group_id: id('g-none') }),
        ],
      ],
      [id('r-x'), [trust({ id: id('t-ignored'), trusted_user_id: id('u-bob') })]],
    ]),
    users: people,
    groups: [
      { id: id('g-ops'), display_name: 'Operators' },
      { id: id('g-none'), display_name: 'Nobody yet' },
    ],
    members: new Map([
      [id('g-ops'), [people[2]!, people[1]!]],
      [id('g-none'), []],
    ]),
    issuers: [
      oidcIssuerSchema.parse({
        id: id('i-gh'),
        uri: 'https://token.actions.githubusercontent.com',
        display_name: 'GitHub Actions',
      }),
    ],
    now,
  });
}

describe('access review', () => {
  it('lists assumable roles by name × trust × principal, groups resolved to their members', () => {
    const rows = review();
    expect(rows.map((r) => [r.role_name, r.trust_id, r.principal_type, r.principal_name])).toEqual([
      ['Alpha', id('t-group'), 'group member', '=HYPERLINK("http://evil")'],
      ['Alpha', id('t-group'), 'group member', 'Bob Ng'],
      ['Alpha', id('t-empty'), 'group without members', ''],
      ['Zeta', id('t-user'), 'user', 'Ann Lee'],
      ['Zeta', id('t-oidc'), 'oidc issuer', 'GitHub Actions'],
    ]);
    const bob = rows[1]!;
    expect(bob).toMatchObject({
      via_group_id: id('g-ops'),
      via_group_name: 'Operators',
      principal_email: 'bob@example.com',
      schedule_timezone: 'Asia/Kolkata',
      // 10:00 UTC is 15:30 in Kolkata, a Wednesday: the Monday window is closed.
      assumable_now: false,
    });
    expect(bob.assumable_now_detail).toMatch(/^schedule closed; opens at 2026-12-07T03:30:00/);
    expect(rows[3]).toMatchObject({
      assumable_now: true,
      ip_addresses: ['10.0.0.0/8'],
      assumable_now_detail: 'open; only from the listed IP addresses',
    });
    expect(rows[4]).toMatchObject({
      assumable_now: false,
      assumable_now_detail: 'trust expired at 2026-12-01T00:00:00.000Z',
    });
  });

  it('writes CSV that a spreadsheet cannot run as formulas', () => {
    const csv = accessReviewCsv(review());
    expect(csv.startsWith('\uFEFF"role_id","role_name",')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(review().length + 2); // header, rows, the final line break
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|,)"=/m);
    expect(lines[4]).toContain('"10.0.0.0/8"');
    expect(lines[3]).toContain('"any"');
    expect(lines[4]).toContain('"yes"');
  });

  it('escapes every cell that starts like a formula, and nothing else', () => {
    for (const risky of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '＝1']) {
      expect(csvCell(risky)).toBe(`"'${risky}"`);
    }
    expect(csvCell('plain, "quoted"')).toBe('"plain, ""quoted"""');
    expect(csvCell(3600)).toBe('"3600"');
    expect(csvCell('a-b=c')).toBe('"a-b=c"');
  });

  it('writes JSON with when it was made', () => {
    const parsed = JSON.parse(accessReviewJson(review(), now)) as {
      generated_at: string;
      rows: unknown[];
    };
    expect(parsed.generated_at).toBe('2026-12-02T10:00:00.000Z');
    expect(parsed.rows).toHaveLength(5);
  });
});
