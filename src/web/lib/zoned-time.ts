import { DateTime } from 'luxon';
import { NO_TIME } from './dates';

/**
 * Old names browsers still report for zones IANA has renamed (Chromium's ICU answers
 * "Asia/Calcutta" for a machine set to Asia/Kolkata), with the names people know them by now.
 */
const CURRENT_ZONE_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** A zone's current IANA name: "Asia/Calcutta" → "Asia/Kolkata"; other names as they are. */
export function currentZoneName(zone: string): string {
  return CURRENT_ZONE_NAMES[zone] ?? zone;
}

/** The viewer's IANA zone by its current name ("Asia/Kolkata"); "UTC" when the browser names none. */
export function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || !DateTime.local().setZone(zone).isValid) return 'UTC';
  const current = currentZoneName(zone);
  return DateTime.local().setZone(current).isValid ? current : zone;
}

export interface ZonedOptions {
  /** The zone to show the instant in; the viewer's by default. */
  zone?: string;
  /** The locale for the words and the clock; the browser's by default. */
  locale?: string;
}

/** A clock time followed by Z or an offset: "…15:04:05+00:00", "…15:04Z". */
const HAS_OFFSET = /\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * An API timestamp read as an instant: with its offset when it has one, as UTC when it has none
 * (Vultr sends some times as "2026-09-18 15:42:19"); null when empty or unreadable.
 */
export function readInstant(text: string | null | undefined): DateTime | null {
  if (!text) return null;
  const trimmed = text.trim();
  const options = HAS_OFFSET.test(trimmed) ? { setZone: true } : { zone: 'utc' };
  let at = DateTime.fromISO(trimmed, options);
  if (!at.isValid) at = DateTime.fromSQL(trimmed, options);
  return at.isValid ? at : null;
}

/**
 * "Dec 5, 2026, 6:00 PM Asia/Kolkata": the instant on the viewer's clock with that clock's zone
 * named, to the minute (half- and quarter-hour zones stay exact). "—" when there is no time.
 */
export function zonedTime(text: string | null | undefined, options: ZonedOptions = {}): string {
  const at = readInstant(text);
  if (!at) return NO_TIME;
  const zone = options.zone ?? browserZone();
  let local = at.setZone(zone);
  if (!local.isValid) local = at.setZone('utc');
  if (options.locale) local = local.setLocale(options.locale);
  return `${local.toLocaleString(DateTime.DATETIME_MED)} ${currentZoneName(local.zoneName ?? 'UTC')}`;
}

/** "in 3 days", "5 minutes ago", relative to `now`; "—" when there is no time. */
export function relativeTo(text: string | null | undefined, now: Date = new Date()): string {
  const at = readInstant(text);
  if (!at) return NO_TIME;
  return at.toRelative({ base: DateTime.fromJSDate(now) }) ?? NO_TIME;
}

/** "Dec 5, 2026, 6:00 PM Asia/Kolkata (in 3 days)"; "—" alone when there is no time. */
export function zonedAndRelative(
  text: string | null | undefined,
  now: Date = new Date(),
  options: ZonedOptions = {},
): string {
  return readInstant(text) ? `${zonedTime(text, options)} (${relativeTo(text, now)})` : NO_TIME;
}

/** The same as zonedTime, for an instant the console worked out itself. */
export function zonedDate(at: Date, options: ZonedOptions = {}): string {
  return zonedTime(at.toISOString(), options);
}
