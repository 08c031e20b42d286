import { DateTime } from 'luxon';

/** The form's "Valid until": a wall-clock date and time (datetime-local text) in a time zone. */
export interface ValidUntilInput {
  /** `yyyy-MM-ddTHH:mm`, or '' for no expiry. */
  local: string;
  /** An IANA zone name, or UTC. */
  zone: string;
}

const LOCAL_FORMAT = "yyyy-LL-dd'T'HH:mm";

/** The instant, or null when empty; an invalid DateTime when the text or zone does not read. */
export function validUntilInstant(v: ValidUntilInput): DateTime | null {
  if (v.local.trim() === '') return null;
  return DateTime.fromISO(v.local, { zone: v.zone });
}

/** The API's `valid_until`: ISO-8601 with the zone's offset, e.g. 2026-08-31T23:59:00+02:00. */
export function validUntilIso(v: ValidUntilInput): string | null {
  const at = validUntilInstant(v);
  if (!at?.isValid) return null;
  return at.toISO({ suppressMilliseconds: true });
}

/** A stored `valid_until` as the form shows it, in `zone` ('' when the trust has none). */
export function validUntilFromIso(iso: string, zone: string): ValidUntilInput {
  if (!iso) return { local: '', zone };
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return { local: at.isValid ? at.toFormat(LOCAL_FORMAT) : '', zone };
}

export type QuickExpiry = 'day' | 'week' | 'month' | 'next-month-end';

export const QUICK_EXPIRIES: readonly { key: QuickExpiry; label: string }[] = [
  { key: 'day', label: 'In 1 day' },
  { key: 'week', label: 'In 7 days' },
  { key: 'month', label: 'In 30 days' },
  { key: 'next-month-end', label: 'End of next month' },
];

/** The datetime-local text of a quick choice, counted from `now` in `zone`. */
export function quickExpiry(key: QuickExpiry, zone: string, now: Date): string {
  const base = DateTime.fromJSDate(now, { zone }).startOf('minute');
  const at =
    key === 'day'
      ? base.plus({ days: 1 })
      : key === 'week'
        ? base.plus({ days: 7 })
        : key === 'month'
          ? base.plus({ days: 30 })
          : base.plus({ months: 1 }).endOf('month').startOf('minute');
  return at.toFormat(LOCAL_FORMAT);
}
