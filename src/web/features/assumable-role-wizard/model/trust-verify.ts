import { DateTime } from 'luxon';
import { parseIpEntry } from '../../../../shared/schemas/ip';
import { DAYS_OF_WEEK } from '../../../../shared/schemas/role-trust';
import type {
  DayOfWeek,
  RoleTrust,
  TimeOfDay,
  TrustType,
} from '../../../../shared/schemas/role-trust';
import { timeOfDayOf } from './schedule-modes';
import { sameZone } from './time-zones';
import { entityOf } from './trust-form';
import { validUntilIso } from './valid-until';
import type { ValidUntilInput } from './valid-until';
import type { EntityKind, TrustFormValues } from './wizard-schema';

/** What a trust was meant to be after a write: the conditions sent, in the form a reply is read. */
export interface IntendedTrust {
  trust_type: TrustType;
  principal: { kind: EntityKind; id: string; name?: string };
  /** Undefined: assumable at any time. */
  time_of_day?: TimeOfDay;
  ip_address: readonly string[];
  /** ISO-8601 with an offset; '' for no expiry. */
  valid_until: string;
}

/** The expiry a trust had when its editor opened: as the form showed it, and as the API sent it. */
export interface KeptExpiry {
  input: ValidUntilInput;
  iso: string;
}

/**
 * The trust a form's values describe. When editing, an expiry left as it was is the stored
 * instant itself (the form shows it to the minute only).
 */
export function intendedTrust(values: TrustFormValues, kept?: KeptExpiry): IntendedTrust {
  const now = values.trust.valid_until;
  const unchanged =
    kept !== undefined &&
    now.local === kept.input.local &&
    (now.local === '' || now.zone === kept.input.zone);
  const timeOfDay = timeOfDayOf(values.schedule);
  return {
    trust_type: values.trust.trust_type,
    principal: { kind: values.trust.kind, id: values.trust.entity_id },
    ...(timeOfDay ? { time_of_day: timeOfDay } : {}),
    ip_address: values.ip_address,
    valid_until: unchanged ? kept.iso : (validUntilIso(now) ?? ''),
  };
}

export const TRUST_FIELDS = [
  'trust_type',
  'principal',
  'timezone',
  'days_of_week',
  'hours',
  'ip_address',
  'valid_until',
] as const;
export type TrustField = (typeof TRUST_FIELDS)[number];

/** One condition the API did not store as sent. */
export interface TrustDifference {
  field: TrustField;
  /** "Days of week were not kept". */
  headline: string;
  /** What the trust does now, in plain words: "the role is assumable on every day, not only Mon–Fri". */
  meaning: string;
}

/** "Days of week were not kept: the role is assumable on every day, not only Mon–Fri." */
export const differenceSentence = (d: TrustDifference) => `${d.headline}: ${d.meaning}.`;

export interface CompareOptions {
  /** The zone instants are shown in; UTC when not given. */
  zone?: string;
}

const KIND_WORDS: Record<EntityKind, string> = {
  user: 'user',
  group: 'group',
  oidc: 'OIDC issuer',
};

const SHORT_DAY = (d: DayOfWeek) => d.charAt(0).toUpperCase() + d.slice(1, 3);

/** "Mon–Fri", "Mon, Wed, Fri", "Sat, Sun", "every day". */
export function dayWords(days: readonly DayOfWeek[]): string {
  const ordered = DAYS_OF_WEEK.map((d) => days.includes(d));
  if (ordered.every(Boolean)) return 'every day';
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!ordered[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && ordered[j + 1]) j += 1;
    const first = DAYS_OF_WEEK[i]!;
    const last = DAYS_OF_WEEK[j]!;
    if (j - i >= 2) parts.push(`${SHORT_DAY(first)}–${SHORT_DAY(last)}`);
    else for (let k = i; k <= j; k += 1) parts.push(SHORT_DAY(DAYS_OF_WEEK[k]!));
    i = j + 1;
  }
  return parts.join(', ');
}

const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
/** "09:00–17:00", "22:00–06:00 (next day)". */
const hourWords = (start: number, end: number) =>
  `${hour(start)}–${hour(end)}${start > end ? ' (next day)' : ''}`;

const zoneWords = (zone: string) => (zone.toLowerCase() === 'utc' ? 'UTC' : zone);

/** An address or range as compared: normalised, a single address without its full-length prefix. */
function ipKey(entry: string): string {
  const parsed = parseIpEntry(entry);
  if (!parsed.ok) return entry.trim().toLowerCase();
  const full = parsed.kind === 'ipv4' ? 32 : 128;
  return parsed.prefix === full ? parsed.normalized.replace(/\/\d+$/, '') : parsed.normalized;
}

const listWords = (entries: readonly string[]) =>
  entries.length <= 1
    ? entries.join('')
    : `${entries.slice(0, -1).join(', ')} and ${entries[entries.length - 1]}`;

function instantWords(iso: string, zone: string): string {
  const at = DateTime.fromISO(iso, { setZone: true });
  if (!at.isValid) return iso;
  const shown = at.setZone(zone);
  const local = shown.isValid ? shown : at;
  return `${local.toFormat('yyyy-LL-dd HH:mm')} ${zoneWords(local.zoneName ?? zone)}`;
}

function sameInstant(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  const ta = DateTime.fromISO(a, { setZone: true });
  const tb = DateTime.fromISO(b, { setZone: true });
  if (!ta.isValid || !tb.isValid) return a === b;
  return ta.toMillis() === tb.toMillis();
}

function principalWords(kind: EntityKind, id: string, name: string | undefined): string {
  return `${KIND_WORDS[kind]} ${name || id}`;
}

/** The name the reply gives the principal of that kind, if any (`issuer_display` is the emulator's). */
function storedPrincipalName(trust: RoleTrust, kind: EntityKind): string {
  if (kind === 'user') return trust.user_display;
  if (kind === 'group') return trust.group_display;
  return trust.issuer_display;
}

/** The days a schedule limits to; undefined when it does not (no list, or all seven days). */
function effectiveDays(t: TimeOfDay | undefined): DayOfWeek[] | undefined {
  const days = t?.days_of_week;
  if (!days || DAYS_OF_WEEK.every((d) => days.includes(d))) return undefined;
  return DAYS_OF_WEEK.filter((d) => days.includes(d));
}

/** The hours a schedule limits to; undefined when it does not (none, or 00:00–24:00). */
function effectiveHours(t: TimeOfDay | undefined): { start: number; end: number } | undefined {
  if (t?.start === undefined || t.end === undefined) return undefined;
  if (t.start === 0 && t.end === 24) return undefined;
  return { start: t.start, end: t.end };
}

function compareSchedule(
  sent: TimeOfDay | undefined,
  stored: TimeOfDay | undefined,
): TrustDifference[] {
  const out: TrustDifference[] = [];
  const sentDays = effectiveDays(sent);
  const storedDays = effectiveDays(stored);
  const sentHours = effectiveHours(sent);
  const storedHours = effectiveHours(stored);
  const limits = (days: unknown, hours: unknown) => days !== undefined || hours !== undefined;

  if (
    sent &&
    stored &&
    limits(sentDays, sentHours) &&
    limits(storedDays, storedHours) &&
    !sameZone(sent.timezone, stored.timezone)
  ) {
    out.push({
      field: 'timezone',
      headline: 'The time zone changed',
      meaning: `the schedule is read in ${zoneWords(stored.timezone)}, not in ${zoneWords(sent.timezone)}, so it opens and closes at other times`,
    });
  }

  if (sentDays && !storedDays) {
    out.push({
      field: 'days_of_week',
      headline: 'Days of week were not kept',
      meaning: `the role is assumable on every day, not only ${dayWords(sentDays)}`,
    });
  } else if (!sentDays && storedDays) {
    out.push({
      field: 'days_of_week',
      headline: 'Days of week were added',
      meaning: `the role is assumable only on ${dayWords(storedDays)}, not on every day`,
    });
  } else if (sentDays && storedDays && dayWords(sentDays) !== dayWords(storedDays)) {
    out.push({
      field: 'days_of_week',
      headline: 'Days of week changed',
      meaning: `the role is assumable on ${dayWords(storedDays)}, not on ${dayWords(sentDays)}`,
    });
  }

  if (sentHours && !storedHours) {
    out.push({
      field: 'hours',
      headline: 'Hours were not kept',
      meaning: `the role is assumable at any hour of the day, not only ${hourWords(sentHours.start, sentHours.end)}`,
    });
  } else if (!sentHours && storedHours) {
    out.push({
      field: 'hours',
      headline: 'Hours were added',
      meaning: `the role is assumable only ${hourWords(storedHours.start, storedHours.end)}, not at any hour`,
    });
  } else if (
    sentHours &&
    storedHours &&
    (sentHours.start !== storedHours.start || sentHours.end !== storedHours.end)
  ) {
    out.push({
      field: 'hours',
      headline: 'Hours changed',
      meaning: `the role is assumable ${hourWords(storedHours.start, storedHours.end)}, not ${hourWords(sentHours.start, sentHours.end)}`,
    });
  }
  return out;
}

/**
 * Every condition of the trust as read back that differs from what was sent, in plain words.
 * Empty when the API kept everything. Zones compare by identity (`Asia/Calcutta` is
 * `Asia/Kolkata`, `utc` is `UTC`), IP lists as sets of normalised entries, expiries as instants.
 */
export function compareTrust(
  sent: IntendedTrust,
  stored: RoleTrust,
  options: CompareOptions = {},
): TrustDifference[] {
  const zone = options.zone ?? 'UTC';
  const out: TrustDifference[] = [];

  if (sent.trust_type !== stored.trust_type) {
    out.push({
      field: 'trust_type',
      headline: 'The trust type changed',
      meaning: `the trust is ${stored.trust_type}, not ${sent.trust_type}`,
    });
  }

  const entity = entityOf(stored);
  if (entity.id !== sent.principal.id || entity.kind !== sent.principal.kind) {
    const was = principalWords(sent.principal.kind, sent.principal.id, sent.principal.name);
    out.push(
      entity.id === ''
        ? {
            field: 'principal',
            headline: 'The trusted entity was not kept',
            meaning: `the trust names nobody, so ${was} cannot assume the role through it`,
          }
        : {
            field: 'principal',
            headline: 'The trusted entity changed',
            meaning: `the trust names ${principalWords(entity.kind, entity.id, storedPrincipalName(stored, entity.kind))}, not ${was}`,
          },
    );
  }

  out.push(...compareSchedule(sent.time_of_day, stored.conditions.time_of_day));

  const sentIps = [...new Set(sent.ip_address.map(ipKey))];
  const storedIps = [...new Set(stored.conditions.ip_address.map(ipKey))];
  const sameIps =
    sentIps.length === storedIps.length && sentIps.every((ip) => storedIps.includes(ip));
  if (!sameIps) {
    out.push(
      storedIps.length === 0
        ? {
            field: 'ip_address',
            headline: 'IP restrictions were not kept',
            meaning: `the role may be assumed from any IP address, not only from ${listWords(sentIps)}`,
          }
        : sentIps.length === 0
          ? {
              field: 'ip_address',
              headline: 'IP restrictions were added',
              meaning: `the role may be assumed only from ${listWords(storedIps)}, not from any IP address`,
            }
          : {
              field: 'ip_address',
              headline: 'IP restrictions changed',
              meaning: `the role may be assumed only from ${listWords(storedIps)}, not from ${listWords(sentIps)}`,
            },
    );
  }

  if (!sameInstant(sent.valid_until, stored.valid_until)) {
    out.push(
      stored.valid_until === ''
        ? {
            field: 'valid_until',
            headline: 'The expiry was not kept',
            meaning: `the trust never expires, instead of stopping at ${instantWords(sent.valid_until, zone)}`,
          }
        : sent.valid_until === ''
          ? {
              field: 'valid_until',
              headline: 'The expiry was not removed',
              meaning: `the trust still stops working at ${instantWords(stored.valid_until, zone)}`,
            }
          : {
              field: 'valid_until',
              headline: 'The expiry changed',
              meaning: `the trust stops working at ${instantWords(stored.valid_until, zone)}, not at ${instantWords(sent.valid_until, zone)}`,
            },
    );
  }
  return out;
}
