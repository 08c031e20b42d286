import { issuerLabel } from '../../../../lib/issuer-label';
import type { OidcIssuer } from '../../../../../shared/schemas/oidc-issuer';
import type { Role } from '../../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { describeSchedule } from '../../../../../shared/trust/schedule';
import { assumableNow } from '../../detail/model/trust-status';

/** A person as the user list and the group member lists give them. */
export interface Person {
  id: string;
  name: string;
  email: string;
}

/** Everything an access review reads, as loaded from the API. */
export interface AccessReviewInput {
  roles: readonly Role[];
  /** Each assumable role's trusts, by role id. */
  trusts: ReadonlyMap<string, readonly RoleTrust[]>;
  users: readonly Person[];
  groups: readonly { id: string; display_name: string }[];
  /** Each trusted group's members, by group id. */
  members: ReadonlyMap<string, readonly Person[]>;
  issuers: readonly OidcIssuer[];
  /** The instant "assumable now" is judged at. */
  now: Date;
}

export type PrincipalType = 'user' | 'group member' | 'group without members' | 'oidc issuer';

/** One line of the review: a role, one of its trusts, and one principal that trust lets in. */
export interface AccessReviewRow {
  role_id: string;
  role_name: string;
  max_session_duration_seconds: number;
  trust_id: string;
  trust_type: string;
  principal_type: PrincipalType;
  principal_id: string;
  principal_name: string;
  principal_email: string;
  /** The trusted group the principal is in, when the trust names a group. */
  via_group_id: string;
  via_group_name: string;
  schedule: string;
  schedule_timezone: string;
  ip_addresses: readonly string[];
  valid_until: string;
  assumable_now: boolean;
  /** Why (not), judged on the schedule and the expiry; the IP list applies on top. */
  assumable_now_detail: string;
}

function nowDetail(trust: RoleTrust, now: Date): { yes: boolean; detail: string } {
  const status = assumableNow(trust, now);
  const ips = trust.conditions.ip_address.length > 0 ? '; only from the listed IP addresses' : '';
  if (status.assumable) {
    const until = status.closesAt ? ` until ${status.closesAt.toISOString()}` : '';
    return { yes: true, detail: `open${until}${ips}` };
  }
  switch (status.reason) {
    case 'expired':
      return { yes: false, detail: `trust expired at ${status.expiredAt.toISOString()}` };
    case 'closed':
      return { yes: false, detail: `schedule closed; opens at ${status.opensAt.toISOString()}` };
    case 'expires-first':
      return { yes: false, detail: 'the trust expires before the schedule opens again' };
    case 'never-opens':
      return { yes: false, detail: 'the schedule does not open in the coming days' };
  }
}

const byName = <T>(name: (t: T) => string) => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return (a: T, b: T) => collator.compare(name(a), name(b));
};

/**
 * Every assumable role × trust × principal, groups resolved to their members, with the trust's
 * conditions and whether it lets anyone in at `now`. Roles by name, then their trusts in the
 * API's order, then members by name: the same input always gives the same rows.
 */
export function accessReview(input: AccessReviewInput): AccessReviewRow[] {
  const users = new Map(input.users.map((u) => [u.id, u]));
  const groups = new Map(input.groups.map((g) => [g.id, g]));
  const issuers = new Map(input.issuers.map((i) => [i.id, i]));
  const rows: AccessReviewRow[] = [];
  const assumable = input.roles
    .filter((r) => r.role_type === 'assumable')
    .sort(byName((r) => r.name));
  for (const role of assumable) {
    for (const trust of input.trusts.get(role.id) ?? []) {
      const now = nowDetail(trust, input.now);
      const schedule = trust.conditions.time_of_day;
      const common = {
        role_id: role.id,
        role_name: role.name,
        max_session_duration_seconds: role.max_session_duration,
        trust_id: trust.id,
        trust_type: trust.trust_type,
        schedule: describeSchedule(schedule),
        schedule_timezone: schedule?.timezone ?? '',
        ip_addresses: trust.conditions.ip_address,
        valid_until: trust.valid_until,
        assumable_now: now.yes,
        assumable_now_detail: now.detail,
      };
      const none = { via_group_id: '', via_group_name: '' };
      if (trust.trusted_user_id) {
        const user = users.get(trust.trusted_user_id);
        rows.push({
          ...common,
          ...none,
          principal_type: 'user',
          principal_id: trust.trusted_user_id,
          principal_name: user?.name || trust.user_display,
          principal_email: user?.email ?? '',
        });
      } else if (trust.trusted_group_id) {
        const id = trust.trusted_group_id;
        const via = {
          via_group_id: id,
          via_group_name: groups.get(id)?.display_name || trust.group_display,
        };
        const members = [...(input.members.get(id) ?? [])].sort(byName((m) => m.name || m.email));
        if (members.length === 0) {
          rows.push({
            ...common,
            ...via,
            principal_type: 'group without members',
            principal_id: '',
            principal_name: '',
            principal_email: '',
          });
        }
        for (const member of members) {
          const user = users.get(member.id);
          rows.push({
            ...common,
            ...via,
            principal_type: 'group member',
            principal_id: member.id,
            principal_name: user?.name || member.name,
            principal_email: user?.email || member.email,
          });
        }
      } else {
        const id = trust.trusted_oidc_issuer_id;
        const issuer = issuers.get(id);
        rows.push({
          ...common,
          ...none,
          principal_type: 'oidc issuer',
          principal_id: id,
          principal_name: issuer ? issuerLabel(issuer) : trust.issuer_display || id,
          principal_email: '',
        });
      }
    }
  }
  return rows;
}

/** The CSV columns, in order: the row's fields, lists joined with "; ". */
export const CSV_COLUMNS = [
  'role_id',
  'role_name',
  'max_session_duration_seconds',
  'trust_id',
  'trust_type',
  'principal_type',
  'principal_id',
  'principal_name',
  'principal_email',
  'via_group_id',
  'via_group_name',
  'schedule',
  'schedule_timezone',
  'ip_addresses',
  'valid_until',
  'assumable_now',
  'assumable_now_detail',
] as const satisfies readonly (keyof AccessReviewRow)[];

/** Characters that make a spreadsheet read a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe (shown
 * as text, the value otherwise intact); every cell is quoted, quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

function cellValue(row: AccessReviewRow, column: (typeof CSV_COLUMNS)[number]) {
  const value = row[column];
  if (Array.isArray(value)) return value.length === 0 ? 'any' : value.join('; ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value as string | number;
}

/** The review as CSV: a byte-order mark (spreadsheets then read UTF-8), a header, CRLF lines. */
export function accessReviewCsv(rows: readonly AccessReviewRow[]): string {
  const lines = [
    CSV_COLUMNS.map((c) => csvCell(c)).join(','),
    ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(cellValue(row, c))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The review as JSON: when it was made, and the rows (lists kept as arrays). */
export function accessReviewJson(rows: readonly AccessReviewRow[], generatedAt: Date): string {
  return `${JSON.stringify({ generated_at: generatedAt.toISOString(), rows }, null, 2)}\n`;
}
