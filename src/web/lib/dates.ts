import { DateTime, Duration } from 'luxon';

/** What a table or fact shows for a time the API did not send (or sent unreadable). */
export const NO_TIME = '—';

/** "1 hour", "4 hours", "1 hour 30 minutes", "12 hours". */
export function humanDuration(seconds: number): string {
  const d = Duration.fromObject({ seconds }).shiftTo('hours', 'minutes', 'seconds');
  const parts: string[] = [];
  if (d.hours) parts.push(`${d.hours} ${d.hours === 1 ? 'hour' : 'hours'}`);
  if (d.minutes) parts.push(`${d.minutes} ${d.minutes === 1 ? 'minute' : 'minutes'}`);
  if (d.seconds || parts.length === 0)
    parts.push(`${d.seconds} ${d.seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** An instant from the API, or null when it is empty or not a time. */
function parse(iso: string, setZone = false): DateTime | null {
  if (!iso) return null;
  const at = DateTime.fromISO(iso, { setZone });
  return at.isValid ? at : null;
}

/** "3 days ago", relative to now; "—" when there is no time. */
export function relativeTime(iso: string, now: DateTime = DateTime.now()): string {
  const at = parse(iso, true);
  return at ? (at.toRelative({ base: now }) ?? iso) : NO_TIME;
}

/** "Nov 22, 2026, 3:04 PM" in the viewer's zone; "—" when there is no time. */
export function absoluteTime(iso: string): string {
  const at = parse(iso);
  return at ? at.toLocaleString(DateTime.DATETIME_MED) : NO_TIME;
}
