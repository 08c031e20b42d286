import { DAYS_OF_WEEK } from '../../../../shared/schemas/role-trust';
import type { DayOfWeek, TimeOfDay } from '../../../../shared/schemas/role-trust';

export const SCHEDULE_MODES = ['always', 'times', 'days', 'days_times'] as const;
export type ScheduleMode = (typeof SCHEDULE_MODES)[number];

/** The four choices, worded as Vultr's console words them. */
export const SCHEDULE_MODE_LABELS: Record<ScheduleMode, string> = {
  always: 'Always assumable',
  times: 'Assumable at specific times of the day',
  days: 'Assumable on specific days of the week',
  days_times: 'Assumable on specific days of the week, at specific times of the day',
};

/** The Schedule step's fields; which of them count depends on the mode. */
export interface ScheduleInput {
  mode: ScheduleMode;
  start: number;
  end: number;
  timezone: string;
  days_of_week: DayOfWeek[];
}

export const usesTimes = (mode: ScheduleMode) => mode === 'times' || mode === 'days_times';
export const usesDays = (mode: ScheduleMode) => mode === 'days' || mode === 'days_times';

/**
 * The API's `time_of_day` for the chosen mode (spec §3): none when always assumable;
 * `{timezone, start, end}`; `{timezone, days_of_week}`; or all four. Days go in week order.
 */
export function timeOfDayOf(s: ScheduleInput): TimeOfDay | undefined {
  if (s.mode === 'always') return undefined;
  const days = DAYS_OF_WEEK.filter((d) => s.days_of_week.includes(d));
  return {
    timezone: s.timezone,
    ...(usesDays(s.mode) ? { days_of_week: days } : {}),
    ...(usesTimes(s.mode) ? { start: s.start, end: s.end } : {}),
  };
}

/** The form's fields for a stored `time_of_day` (any subset of its four members), for editing. */
export function scheduleOf(t: TimeOfDay | undefined, fallbackZone: string): ScheduleInput {
  const blank: ScheduleInput = {
    mode: 'always',
    start: 9,
    end: 17,
    timezone: fallbackZone,
    days_of_week: [...DAYS_OF_WEEK.slice(0, 5)],
  };
  if (!t) return blank;
  const timed = t.start !== undefined && t.end !== undefined;
  const daily = t.days_of_week !== undefined;
  const mode: ScheduleMode = timed ? (daily ? 'days_times' : 'times') : daily ? 'days' : 'always';
  return {
    mode,
    start: timed ? (t.start ?? 9) : blank.start,
    end: timed ? (t.end ?? 17) : blank.end,
    // The picker lists UTC by its usual spelling; the API's `utc` means the same zone.
    timezone: t.timezone.toLowerCase() === 'utc' ? 'UTC' : t.timezone,
    days_of_week: t.days_of_week ? [...t.days_of_week] : blank.days_of_week,
  };
}
