import { DateTime, Duration } from 'luxon';

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

/** "3 days ago", relative to now. */
export function relativeTime(iso: string, now: DateTime = DateTime.now()): string {
  return DateTime.fromISO(iso, { setZone: true }).toRelative({ base: now }) ?? iso;
}

/** "Nov 22, 2026, 3:04 PM" in the viewer's zone. */
export function absoluteTime(iso: string): string {
  return DateTime.fromISO(iso).toLocaleString(DateTime.DATETIME_MED);
}
