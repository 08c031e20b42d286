import { DAYS_OF_WEEK, type DayOfWeek, type TimeOfDay } from '../schemas/role-trust';

const WEEKDAYS = 'monday,tuesday,wednesday,thursday,friday';
const WEEKEND = 'saturday,sunday';

const capitalise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function joinWithAnd(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The days in week order. Timed schedules use short names ("Mon, Wed, Fri", "Weekends"); all-day
 * ones spell the days out ("Saturday and Sunday, all day"), reading better before the comma.
 */
function describeDays(days: readonly DayOfWeek[] | undefined, long: boolean): string {
  const ordered = DAYS_OF_WEEK.filter((d) => days === undefined || days.includes(d));
  const key = ordered.join(',');
  if (ordered.length === 7) return 'Every day';
  if (key === WEEKDAYS) return 'Weekdays';
  if (key === WEEKEND && !long) return 'Weekends';
  if (long) return joinWithAnd(ordered.map(capitalise));
  return ordered.map((d) => capitalise(d.slice(0, 3))).join(', ');
}

const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * The schedule in words: "Always", "Weekdays 09:00–17:00 Europe/Berlin", "Saturday and Sunday, all
 * day (America/New_York)", "Every day 22:00–06:00 (next day) UTC", "Mon, Wed, Fri 08:00–12:00 Asia/Tokyo".
 */
export function describeSchedule(t: TimeOfDay | undefined): string {
  if (!t) return 'Always';
  // The schema refuses an empty day list, but a tolerant reader may still hand one over.
  if (t.days_of_week?.length === 0) return 'Never';
  const zone = t.timezone.toLowerCase() === 'utc' ? 'UTC' : t.timezone;
  if (t.start === undefined || t.end === undefined) {
    return t.days_of_week ? `${describeDays(t.days_of_week, true)}, all day (${zone})` : 'Always';
  }
  const wraps = t.start > t.end ? ' (next day)' : '';
  return `${describeDays(t.days_of_week, false)} ${hour(t.start)}–${hour(t.end)}${wraps} ${zone}`;
}
