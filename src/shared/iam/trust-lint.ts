import { DateTime } from 'luxon';
import { parseIpEntry } from '../schemas/ip';
import { DAYS_OF_WEEK } from '../schemas/role-trust';
import type { DayOfWeek, TimeOfDay, TrustType } from '../schemas/role-trust';
import { dstShifts } from '../trust/schedule';

/**
 * A trust as the linter reads it. Both a trust read from the API (`RoleTrust`) and a POST/PUT body
 * built from the wizard or the edit form (`trustCreateBody(values, roleId)`) fit this shape as they
 * are, so the same findings show before saving and on the role page:
 * - the principal is the one `trusted_*_id` that is non-empty; when none is, the only one present
 *   (a form whose entity is not picked yet still names its kind with an empty id);
 * - `conditions.time_of_day` may hold any subset of its members, including an empty day list or
 *   `start === end`, which the API refuses but a form may still hold;
 * - `valid_until` is an ISO-8601 instant, or `''` / `null` / absent for no expiry.
 */
export interface LintedTrust {
  trust_type: string;
  trusted_user_id?: string | null;
  trusted_group_id?: string | null;
  trusted_oidc_issuer_id?: string | null;
  conditions?: {
    time_of_day?: {
      timezone?: string;
      days_of_week?: readonly string[];
      start?: number | null;
      end?: number | null;
    } | null;
    ip_address?: readonly string[] | null;
  } | null;
  valid_until?: string | null;
}

export interface LintContext {
  /** The instant expiries and daylight-saving changes are judged from. */
  now: Date;
  /** The viewer's IANA zone (or UTC): times in messages are shown in it. */
  viewerZone: string;
  /** The issuer's name for people (e.g. "GitHub Actions"); the id is shown without it. */
  issuerName?: (issuerId: string) => string;
}

export type FindingId =
  | 'oidc-any-token'
  | 'ip-any-address'
  | 'schedule-never-opens'
  | 'expired'
  | 'expires-soon'
  | 'trust-type-entity'
  | 'schedule-dst';

export interface Finding {
  id: FindingId;
  severity: 'warning' | 'info';
  /** What is wrong, in a sentence. */
  message: string;
  /** How to put it right, in a sentence. */
  fix: string;
}

export type TrustEntityKind = 'user' | 'group' | 'oidc';

/**
 * The trust types each kind of trusted entity can use. A user or group (a platform identity with an
 * API key) assumes explicitly (TemporaryAssumption) or implicitly while staying the principal
 * (IAMAssumption); a token from an OIDC issuer has no platform user behind it, so only
 * FederatedAssumption, where the role itself becomes the principal, fits it.
 */
export const TRUST_TYPES_FOR_ENTITY: Record<TrustEntityKind, readonly TrustType[]> = {
  user: ['TemporaryAssumption', 'IAMAssumption'],
  group: ['TemporaryAssumption', 'IAMAssumption'],
  oidc: ['FederatedAssumption'],
};

const HOUR_MS = 3_600_000;
/** How far ahead a daylight-saving change is worth mentioning. */
const DST_HORIZON_DAYS = 30;

/** The entity kind the trust names (see LintedTrust), or null when it names none. */
export function entityKindOf(trust: LintedTrust): TrustEntityKind | null {
  const fields: [TrustEntityKind, string | null | undefined][] = [
    ['user', trust.trusted_user_id],
    ['group', trust.trusted_group_id],
    ['oidc', trust.trusted_oidc_issuer_id],
  ];
  const named = fields.find(([, id]) => !!id);
  if (named) return named[0];
  const present = fields.filter(([, id]) => id !== undefined && id !== null);
  return present.length === 1 && present[0] ? present[0][0] : null;
}

/** Whether an allow-list entry lets every address of its family through (0.0.0.0/0, ::/0). */
function isCatchAll(entry: string): boolean {
  const parsed = parseIpEntry(entry);
  return parsed.ok && parsed.prefix === 0;
}

function issuerLabel(trust: LintedTrust, context: LintContext): string {
  const id = trust.trusted_oidc_issuer_id ?? '';
  const name = id ? context.issuerName?.(id) : undefined;
  if (name) return name;
  return id ? `OIDC issuer ${id}` : 'the OIDC issuer';
}

/** "Tue 3 Mar 2026, 18:00 Asia/Kolkata": an instant in the viewer's zone, zone named. */
function shown(at: DateTime, zone: string): string {
  const local = at.setZone(zone);
  const inZone = local.isValid ? local : at.setZone('utc');
  const label = inZone.zone.name === 'UTC' ? 'UTC' : inZone.zone.name;
  return `${inZone.setLocale('en-US').toFormat('ccc d LLL yyyy, HH:mm')} ${label}`;
}

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function oidcAnyToken(trust: LintedTrust, context: LintContext): Finding[] {
  if (entityKindOf(trust) !== 'oidc') return [];
  const ips = (trust.conditions?.ip_address ?? []).filter((entry) => !isCatchAll(entry));
  if (ips.length > 0) return [];
  const issuer = issuerLabel(trust, context);
  return [
    {
      id: 'oidc-any-token',
      severity: 'warning',
      message: `Any token ${issuer} signs can assume this role: the trust matches on the issuer alone, not on who the token was issued to.`,
      fix: `Limit the trust to the addresses your own workloads use (IP restrictions), or trust an issuer that signs tokens only for your own workloads.`,
    },
  ];
}

function ipAnyAddress(trust: LintedTrust): Finding[] {
  const catchAll = (trust.conditions?.ip_address ?? []).filter(isCatchAll);
  if (catchAll.length === 0) return [];
  const entries = catchAll.map((e) => e.trim());
  const families = catchAll
    .map((e) => (e.includes(':') ? 'IPv6' : 'IPv4'))
    .filter((f, i, all) => all.indexOf(f) === i)
    .join(' and ');
  return [
    {
      id: 'ip-any-address',
      severity: 'warning',
      message: `${entries.join(' and ')} lets every ${families} address through: the IP restriction does not restrict.`,
      fix: `Remove ${entries.join(' and ')} and list only the networks that should assume the role.`,
    },
  ];
}

function neverOpens(trust: LintedTrust): Finding[] {
  const t = trust.conditions?.time_of_day;
  if (!t) return [];
  if (t.days_of_week && t.days_of_week.length === 0) {
    return [
      {
        id: 'schedule-never-opens',
        severity: 'warning',
        message: 'The schedule names no day of the week, so the trust never opens.',
        fix: 'Pick at least one day, or make the role always assumable.',
      },
    ];
  }
  if (typeof t.start === 'number' && t.start === t.end) {
    return [
      {
        id: 'schedule-never-opens',
        severity: 'warning',
        message: `The window starts and ends at the same hour (${String(t.start).padStart(2, '0')}:00), so it never opens.`,
        fix: 'Choose an end hour different from the start hour (a later one, or an earlier one to run past midnight).',
      },
    ];
  }
  return [];
}

function expiry(trust: LintedTrust, context: LintContext): Finding[] {
  if (!trust.valid_until) return [];
  const at = DateTime.fromISO(trust.valid_until, { setZone: true });
  if (!at.isValid) return [];
  const left = at.toMillis() - context.now.getTime();
  const when = shown(at, context.viewerZone);
  if (left <= 0) {
    return [
      {
        id: 'expired',
        severity: 'warning',
        message: `The trust expired on ${when}: it no longer lets anyone assume the role.`,
        fix: 'Set an expiry in the future, or delete the trust if it is no longer needed.',
      },
    ];
  }
  if (left < HOUR_MS) {
    return [
      {
        id: 'expires-soon',
        severity: 'warning',
        message: `The trust expires in ${minutesText(left)}, on ${when}.`,
        fix: 'Check the date and time zone of the expiry; set a later one if the role is needed for longer.',
      },
    ];
  }
  return [];
}

function typeForEntity(trust: LintedTrust, context: LintContext): Finding[] {
  const kind = entityKindOf(trust);
  if (!kind) return [];
  const fits = TRUST_TYPES_FOR_ENTITY[kind];
  if ((fits as readonly string[]).includes(trust.trust_type)) return [];
  if (kind === 'oidc') {
    const issuer = issuerLabel(trust, context);
    return [
      {
        id: 'trust-type-entity',
        severity: 'warning',
        message: `${trust.trust_type} needs a platform user behind the caller, but tokens from ${issuer} have none, so they cannot use this trust.`,
        fix: 'Choose FederatedAssumption, the type for tokens from an OIDC issuer.',
      },
    ];
  }
  const who = kind === 'user' ? 'a user' : 'a group';
  return [
    {
      id: 'trust-type-entity',
      severity: 'warning',
      message: `${trust.trust_type} is for tokens from an OIDC issuer; ${who} cannot assume the role through it.`,
      fix: 'Choose TemporaryAssumption (the caller assumes the role explicitly) or IAMAssumption.',
    },
  ];
}

/** The schedule as the shared schedule helpers read it, or null when it cannot be one. */
function readSchedule(trust: LintedTrust): TimeOfDay | null {
  const t = trust.conditions?.time_of_day;
  if (!t) return null;
  const days = t.days_of_week?.filter((d): d is DayOfWeek =>
    (DAYS_OF_WEEK as readonly string[]).includes(d),
  );
  const timed = typeof t.start === 'number' && typeof t.end === 'number' && t.start !== t.end;
  return {
    timezone: t.timezone || 'utc',
    ...(days && days.length > 0 ? { days_of_week: days } : {}),
    ...(timed ? { start: t.start ?? 0, end: t.end ?? 0 } : {}),
  };
}

function daylightSaving(trust: LintedTrust, context: LintContext): Finding[] {
  const t = readSchedule(trust);
  if (!t || t.timezone.toLowerCase() === context.viewerZone.toLowerCase()) return [];
  let shift;
  try {
    [shift] = dstShifts(t, context.viewerZone, context.now, DST_HORIZON_DAYS);
  } catch {
    return [];
  }
  if (!shift) return [];
  const zone = t.timezone.toLowerCase() === 'utc' ? 'UTC' : t.timezone;
  const change = shift.description.charAt(0).toLowerCase() + shift.description.slice(1);
  return [
    {
      id: 'schedule-dst',
      severity: 'info',
      message: `The schedule keeps ${zone} time, and the clocks change within ${DST_HORIZON_DAYS} days: ${change} (${context.viewerZone}).`,
      fix: `Nothing to do if the window should follow ${zone}; to keep it at the same hours on your clock, set the schedule in ${context.viewerZone}.`,
    },
  ];
}

/**
 * Findings about a trust that the API accepts but that probably does not do what was meant, each
 * with the way to fix it. Pure: the same trust, instant and zone give the same findings, in a fixed
 * order (who, addresses, schedule, expiry, daylight saving).
 */
export function lintTrust(trust: LintedTrust, context: LintContext): Finding[] {
  return [
    ...typeForEntity(trust, context),
    ...oidcAnyToken(trust, context),
    ...ipAnyAddress(trust),
    ...neverOpens(trust),
    ...expiry(trust, context),
    ...daylightSaving(trust, context),
  ];
}
