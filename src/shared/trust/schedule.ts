import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { DAYS_OF_WEEK, type TimeOfDay } from '../schemas/role-trust';

export { describeSchedule } from './describe-schedule';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * How far nextOpening/nextClosing look ahead. A week plus a day covers every weekly window, except a
 * one-hour window on a single weekday that falls into a spring-forward gap: that one next opens two
 * weeks later, hence fifteen days.
 */
export const SEARCH_HORIZON_DAYS = 15;

/** A trust's zone: `utc` (any case) is UTC, otherwise an IANA name; null when luxon does not know it. */
export function scheduleZone(name: string): Zone | null {
  if (name.toLowerCase() === 'utc') return FixedOffsetZone.utcInstance;
  return IANAZone.isValidZone(name) ? IANAZone.create(name) : null;
}

function viewerZone(name: string): Zone {
  const zone = scheduleZone(name);
  if (!zone) throw new RangeError(`unknown time zone "${name}"`);
  return zone;
}

/** Whether the schedule allows a local weekday (1 = Monday … 7 = Sunday) and wall-clock hour. */
function allowsLocal(t: TimeOfDay, weekday: number, hour: number): boolean {
  const onDay = (wd: number): boolean => {
    if (!t.days_of_week) return true;
    const day = DAYS_OF_WEEK[wd - 1];
    return day !== undefined && t.days_of_week.includes(day);
  };
  if (t.start === undefined || t.end === undefined) return onDay(weekday);
  if (t.start < t.end) return hour >= t.start && hour < t.end && onDay(weekday);
  if (hour >= t.start) return onDay(weekday);
  // The early part of a wrapping window belongs to the day the window started on.
  return hour < t.end && onDay(weekday === 1 ? 7 : weekday - 1);
}

function allowsAt(t: TimeOfDay, zone: Zone, ms: number): boolean {
  const local = DateTime.fromMillis(ms, { zone });
  return allowsLocal(t, local.weekday, local.hour);
}

/**
 * True when the schedule allows `instant`. Wall-clock hours make DST fall out naturally: a skipped
 * hour never occurs, a repeated hour counts twice. An unknown zone never allows (fail closed).
 */
export function isWithinSchedule(t: TimeOfDay, instant: Date): boolean {
  const zone = scheduleZone(t.timezone);
  return zone !== null && allowsAt(t, zone, instant.getTime());
}

/**
 * The next local hour boundary after `ms`, computed from the local minute rather than by adding
 * local hours, so it stays exact across DST changes (which happen on local hour boundaries).
 */
function nextLocalHour(ms: number, zone: Zone): number {
  const local = DateTime.fromMillis(ms, { zone });
  return ms + HOUR_MS - (local.minute * MINUTE_MS + local.second * 1000 + local.millisecond);
}

/** The first instant ≥ `from` where the schedule's verdict is `wanted`, within the horizon. */
function firstWhere(t: TimeOfDay, zone: Zone, from: number, wanted: boolean): number | null {
  const limit = from + SEARCH_HORIZON_DAYS * DAY_MS;
  for (let ms = from; ms <= limit; ms = nextLocalHour(ms, zone)) {
    if (allowsAt(t, zone, ms) === wanted) return ms;
  }
  return null;
}

/** The first instant ≥ `instant` the schedule allows (`instant` itself when open); null if never. */
export function nextOpening(t: TimeOfDay, instant: Date): Date | null {
  const zone = scheduleZone(t.timezone);
  if (!zone) return null;
  const at = firstWhere(t, zone, instant.getTime(), true);
  return at === null ? null : new Date(at);
}

/**
 * When the window open at `instant` ends; when closed at `instant`, when the next window ends.
 * Null when the schedule never closes (or never opens) within the horizon.
 */
export function nextClosing(t: TimeOfDay, instant: Date): Date | null {
  const zone = scheduleZone(t.timezone);
  if (!zone) return null;
  const opening = firstWhere(t, zone, instant.getTime(), true);
  if (opening === null) return null;
  const closing = firstWhere(t, zone, opening, false);
  return closing === null ? null : new Date(closing);
}

/** How finely a weekly grid is cut: whole hours, half hours or quarter hours. */
export type SlotsPerHour = 1 | 2 | 4;

/**
 * 7 rows (Monday … Sunday of the week holding `weekOf`, in `viewZone`) × 24 viewer-local hours,
 * each cut into `slotsPerHour` slots; a cell is true when the schedule allows at the start of its
 * slot. A time that does not exist in `viewZone` (spring-forward) is evaluated at the instant luxon
 * resolves it to (one hour later, so it repeats the next hour's cells); a repeated hour (fall-back)
 * at luxon's choice, the later occurrence. Throws RangeError for an unknown `viewZone`.
 */
export function weeklyGrid(
  t: TimeOfDay | undefined,
  viewZone: string,
  weekOf: Date,
  slotsPerHour: SlotsPerHour = 1,
): boolean[][] {
  const zone = viewerZone(viewZone);
  const monday = DateTime.fromJSDate(weekOf, { zone }).startOf('week');
  const minutes = 60 / slotsPerHour;
  return Array.from({ length: 7 }, (_, d) => {
    const { year, month, day } = monday.plus({ days: d });
    return Array.from({ length: 24 * slotsPerHour }, (_, slot) => {
      if (!t) return true;
      const hour = Math.floor(slot / slotsPerHour);
      const minute = (slot % slotsPerHour) * minutes;
      const at = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
      return isWithinSchedule(t, at.toJSDate());
    });
  });
}

/**
 * The slots per hour a grid of the week holding `weekOf` in `viewZone` needs to draw the schedule
 * exactly. A window opens and closes on whole hours of the schedule's zone; on the viewer's clock
 * those fall on whole hours only while the two zones differ by whole hours. Asia/Kolkata against
 * UTC needs half hours (a 16:30–21:30 window is not 17:00–22:00), Asia/Kathmandu quarter hours.
 * Throws RangeError for an unknown `viewZone`.
 */
export function weeklyGridSlots(
  t: TimeOfDay | undefined,
  viewZone: string,
  weekOf: Date,
): SlotsPerHour {
  const view = viewerZone(viewZone);
  const trust = t ? scheduleZone(t.timezone) : null;
  if (!t || !trust) return 1;
  const monday = DateTime.fromJSDate(weekOf, { zone: view }).startOf('week').toMillis();
  let slots: SlotsPerHour = 1;
  // A day either side: a window that wraps past midnight starts in the week before.
  for (let ms = monday - DAY_MS; ms <= monday + 8 * DAY_MS; ms += HOUR_MS) {
    const apart = (((view.offset(ms) - trust.offset(ms)) % 60) + 60) % 60;
    if (apart === 0) continue;
    if (apart === 30) slots = 2;
    else return 4;
  }
  return slots;
}

export interface ScheduleShift {
  /** The instant the offset between the two zones changes. */
  at: Date;
  description: string;
}

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

function describeShift(t: TimeOfDay, view: Zone, at: number, before: number, after: number) {
  const day = DateTime.fromMillis(at, { zone: view }).setLocale('en-US').toFormat('ccc d LLL yyyy');
  if (t.start === undefined || t.end === undefined) {
    return `From ${day} each allowed day begins at ${clock(after)} instead of ${clock(before)} in your time zone`;
  }
  const opens = `opens at ${clock(t.start * 60 + after)} instead of ${clock(t.start * 60 + before)}`;
  const closes = `closes at ${clock(t.end * 60 + after)} instead of ${clock(t.end * 60 + before)}`;
  return `From ${day} the window ${opens} and ${closes} in your time zone`;
}

/**
 * The instants within `days` days after `from` when a DST change in either zone changes the offset
 * between the trust's zone and `viewZone`, i.e. when the window moves on the viewer's clock.
 * [] for an always-open schedule, an unknown trust zone, or a constant offset difference.
 * Throws RangeError for an unknown `viewZone`.
 */
export function dstShifts(t: TimeOfDay, viewZone: string, from: Date, days = 90): ScheduleShift[] {
  const view = viewerZone(viewZone);
  const trust = scheduleZone(t.timezone);
  if (!trust || (t.start === undefined && !t.days_of_week)) return [];
  // Minutes to add to a trust-local clock time to get the viewer-local one.
  const gap = (ms: number) => view.offset(ms) - trust.offset(ms);
  const end = from.getTime() + days * DAY_MS;
  const shifts: ScheduleShift[] = [];
  let lo = from.getTime();
  let loGap = gap(lo);
  while (lo < end) {
    const hi = Math.min(lo + HOUR_MS, end);
    const hiGap = gap(hi);
    if (hiGap !== loGap) {
      // Bisect to the exact millisecond the difference changes.
      let a = lo;
      let b = hi;
      while (b - a > 1) {
        const mid = Math.floor((a + b) / 2);
        if (gap(mid) === loGap) a = mid;
        else b = mid;
      }
      shifts.push({ at: new Date(b), description: describeShift(t, view, b, loGap, hiGap) });
    }
    lo = hi;
    loGap = hiGap;
  }
  return shifts;
}
