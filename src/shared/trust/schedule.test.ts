import { describe, expect, it } from 'vitest';
import { DAYS_OF_WEEK, type TimeOfDay } from '../schemas/role-trust';
import { isWithinSchedule, nextClosing, nextOpening } from './schedule';

const schedule = (t: Partial<TimeOfDay>): TimeOfDay => ({ timezone: 'utc', ...t });
const at = (iso: string) => new Date(iso);
const QUARTER = 15 * 60_000;

/** Every quarter hour in [fromIso, toIso) at which the schedule allows, as ISO strings. */
function openQuarters(t: TimeOfDay, fromIso: string, toIso: string): string[] {
  const open: string[] = [];
  for (let ms = at(fromIso).getTime(); ms < at(toIso).getTime(); ms += QUARTER) {
    if (isWithinSchedule(t, new Date(ms))) open.push(new Date(ms).toISOString());
  }
  return open;
}

describe('isWithinSchedule: days', () => {
  // 2026-11-23 is a Monday; noon UTC on each day of that week.
  const noon = DAYS_OF_WEEK.map((_, i) => new Date(Date.UTC(2026, 10, 23 + i, 12)));
  it.each(DAYS_OF_WEEK.map((day, i) => [day, i] as const))(
    'only %s allows %s all day long',
    (day, index) => {
      const t = schedule({ days_of_week: [day] });
      expect(noon.map((instant) => isWithinSchedule(t, instant))).toEqual(
        DAYS_OF_WEEK.map((_, i) => i === index),
      );
    },
  );

  it('takes the weekday in the trust zone, not in UTC', () => {
    // Sunday 23:30 UTC is Monday 08:30 in Tokyo.
    const t = schedule({ timezone: 'Asia/Tokyo', days_of_week: ['monday'], start: 8, end: 12 });
    expect(isWithinSchedule(t, at('2026-11-22T23:30:00Z'))).toBe(true);
    expect(isWithinSchedule(t, at('2026-11-23T23:30:00Z'))).toBe(false);
  });
});

describe('isWithinSchedule: hours', () => {
  const cases: [string, Partial<TimeOfDay>, string, boolean][] = [
    ['always (no conditions)', {}, '2026-11-23T03:00:00Z', true],
    ['9→17 just before start', { start: 9, end: 17 }, '2026-11-23T08:59:59.999Z', false],
    ['9→17 at start', { start: 9, end: 17 }, '2026-11-23T09:00:00Z', true],
    ['9→17 last moment', { start: 9, end: 17 }, '2026-11-23T16:59:59.999Z', true],
    ['9→17 at end', { start: 9, end: 17 }, '2026-11-23T17:00:00Z', false],
    ['22→6 late evening', { start: 22, end: 6 }, '2026-11-23T23:00:00Z', true],
    ['22→6 early morning', { start: 22, end: 6 }, '2026-11-24T05:59:59Z', true],
    ['22→6 at 06:00', { start: 22, end: 6 }, '2026-11-24T06:00:00Z', false],
    ['22→6 at 21:59', { start: 22, end: 6 }, '2026-11-23T21:59:00Z', false],
    ['22→6 at noon', { start: 22, end: 6 }, '2026-11-23T12:00:00Z', false],
    ['18→24 last moment', { start: 18, end: 24 }, '2026-11-23T23:59:59.999Z', true],
    ['18→24 at midnight', { start: 18, end: 24 }, '2026-11-24T00:00:00Z', false],
    ['18→24 at 17:59', { start: 18, end: 24 }, '2026-11-23T17:59:00Z', false],
    ['0→24 any time', { start: 0, end: 24 }, '2026-11-23T00:00:00Z', true],
    [
      'timezone "UTC" spelled upper-case',
      { timezone: 'UTC', start: 9, end: 10 },
      '2026-11-23T09:30:00Z',
      true,
    ],
    [
      'unknown zone fails closed',
      { timezone: 'Mars/Olympus', start: 0, end: 24 },
      '2026-11-23T09:30:00Z',
      false,
    ],
  ];
  it.each(cases)('%s', (_, t, iso, expected) => {
    expect(isWithinSchedule(schedule(t), at(iso))).toBe(expected);
  });
});

describe('isWithinSchedule: wrapping windows belong to the day they start on', () => {
  const mondayNight = schedule({ days_of_week: ['monday'], start: 22, end: 6 });
  const fridayLate = schedule({ days_of_week: ['friday'], start: 18, end: 24 });
  const cases: [string, TimeOfDay, string, boolean][] = [
    ['Monday 21:59', mondayNight, '2026-11-23T21:59:00Z', false],
    ['Monday 22:00', mondayNight, '2026-11-23T22:00:00Z', true],
    ['Monday 23:30', mondayNight, '2026-11-23T23:30:00Z', true],
    ['Tuesday 00:00', mondayNight, '2026-11-24T00:00:00Z', true],
    ['Tuesday 05:59', mondayNight, '2026-11-24T05:59:00Z', true],
    ['Tuesday 06:00', mondayNight, '2026-11-24T06:00:00Z', false],
    ['Tuesday 22:30 (Tuesday not listed)', mondayNight, '2026-11-24T22:30:00Z', false],
    ['Monday 05:00 (Sunday night not listed)', mondayNight, '2026-11-23T05:00:00Z', false],
    ['Sunday 23:00', mondayNight, '2026-11-22T23:00:00Z', false],
    ['Friday 23:59 with end 24', fridayLate, '2026-11-27T23:59:59Z', true],
    ['Saturday 00:00 with end 24', fridayLate, '2026-11-28T00:00:00Z', false],
  ];
  it.each(cases)('%s', (_, t, iso, expected) => {
    expect(isWithinSchedule(t, at(iso))).toBe(expected);
  });

  it('checks the early part in the trust zone (Berlin Monday 22→6)', () => {
    const t = schedule({ timezone: 'Europe/Berlin', days_of_week: ['monday'], start: 22, end: 6 });
    // Tuesday 05:30 Berlin = 04:30Z; Tuesday 06:00 Berlin = 05:00Z.
    expect(isWithinSchedule(t, at('2026-11-24T04:30:00Z'))).toBe(true);
    expect(isWithinSchedule(t, at('2026-11-24T05:00:00Z'))).toBe(false);
  });
});

describe('isWithinSchedule: daylight-saving days', () => {
  it.each([
    ['America/New_York', '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z'],
    ['Europe/Berlin', '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z'],
  ])('a 02→03 window in %s never opens on the spring-forward day', (timezone, from, to) => {
    expect(openQuarters(schedule({ timezone, start: 2, end: 3 }), from, to)).toEqual([]);
  });

  it('a 02→03 New York window does open the day before', () => {
    const open = openQuarters(
      schedule({ timezone: 'America/New_York', start: 2, end: 3 }),
      '2026-03-07T00:00:00Z',
      '2026-03-08T00:00:00Z',
    );
    expect(open).toEqual(
      ['07:00', '07:15', '07:30', '07:45'].map((h) => `2026-03-07T${h}:00.000Z`),
    );
  });

  it('a 01→02 New York window is open two real hours on the fall-back day', () => {
    const t = schedule({ timezone: 'America/New_York', start: 1, end: 2 });
    const open = openQuarters(t, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(open).toHaveLength(8);
    expect(open[0]).toBe('2026-11-01T05:00:00.000Z'); // 01:00 EDT
    expect(open[7]).toBe('2026-11-01T06:45:00.000Z'); // 01:45 EST
  });

  it('a 02→03 Berlin window is open two real hours on the fall-back day', () => {
    const t = schedule({ timezone: 'Europe/Berlin', start: 2, end: 3 });
    const open = openQuarters(t, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z');
    expect(open).toHaveLength(8);
    expect([open[0], open[7]]).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T01:45:00.000Z']);
  });

  it.each([
    ['Europe/Berlin', '2026-03-28T00:00:00Z', '2026-03-28T08:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29T00:00:00Z', '2026-03-29T07:00:00.000Z'],
    ['Europe/Berlin', '2026-10-25T00:00:00Z', '2026-10-25T08:00:00.000Z'],
    ['America/New_York', '2026-03-07T05:00:00Z', '2026-03-07T14:00:00.000Z'],
    ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-08T13:00:00.000Z'],
    ['America/New_York', '2026-11-01T04:00:00Z', '2026-11-01T14:00:00.000Z'],
  ])('a 9→17 %s window from %s opens at %s', (timezone, from, expected) => {
    const t = schedule({ timezone, start: 9, end: 17 });
    expect(nextOpening(t, at(from))?.toISOString()).toBe(expected);
  });
});

describe('nextOpening', () => {
  const berlinOffice = schedule({
    timezone: 'Europe/Berlin',
    days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    start: 9,
    end: 17,
  });
  const cases: [string, TimeOfDay, string, string | null][] = [
    [
      'the instant itself when open',
      berlinOffice,
      '2026-11-23T10:17:33.250Z',
      '2026-11-23T10:17:33.250Z',
    ],
    ['later the same morning', berlinOffice, '2026-11-23T06:30:00Z', '2026-11-23T08:00:00.000Z'],
    ['across a weekend', berlinOffice, '2026-11-27T16:00:00Z', '2026-11-30T08:00:00.000Z'],
    [
      'across a weekend and the DST change',
      berlinOffice,
      '2026-03-27T16:00:00Z',
      '2026-03-30T07:00:00.000Z',
    ],
    [
      'across the autumn DST change',
      berlinOffice,
      '2026-10-23T15:00:00Z',
      '2026-10-26T08:00:00.000Z',
    ],
    [
      'in a half-hour zone',
      schedule({ timezone: 'Asia/Kolkata', start: 9, end: 17 }),
      '2026-11-23T00:00:00Z',
      '2026-11-23T03:30:00.000Z',
    ],
    [
      'a week later for a single weekday',
      schedule({ days_of_week: ['monday'], start: 9, end: 10 }),
      '2026-11-23T10:00:00Z',
      '2026-11-30T09:00:00.000Z',
    ],
    // The only Sunday 02:00 in the next week is skipped by the spring-forward change.
    [
      'two weeks later when DST skips the window',
      schedule({ timezone: 'America/New_York', days_of_week: ['sunday'], start: 2, end: 3 }),
      '2026-03-01T08:00:00Z',
      '2026-03-15T06:00:00.000Z',
    ],
    [
      'never for an unknown zone',
      schedule({ timezone: 'Mars/Olympus' }),
      '2026-11-23T00:00:00Z',
      null,
    ],
  ];
  it.each(cases)('%s', (_, t, from, expected) => {
    expect(nextOpening(t, at(from))?.toISOString() ?? null).toBe(expected);
  });
});

describe('nextClosing', () => {
  const cases: [string, TimeOfDay, string, string | null][] = [
    [
      'end of the open window',
      schedule({ timezone: 'Europe/Berlin', start: 9, end: 17 }),
      '2026-11-23T10:00:00Z',
      '2026-11-23T16:00:00.000Z',
    ],
    [
      'end of the next window when closed',
      schedule({ start: 9, end: 17 }),
      '2026-11-23T18:00:00Z',
      '2026-11-24T17:00:00.000Z',
    ],
    [
      'a wrapping window ends the next morning',
      schedule({ days_of_week: ['monday'], start: 22, end: 6 }),
      '2026-11-23T23:00:00Z',
      '2026-11-24T06:00:00.000Z',
    ],
    [
      'a repeated fall-back hour closes after two hours',
      schedule({ timezone: 'America/New_York', start: 1, end: 2 }),
      '2026-11-01T05:00:00Z',
      '2026-11-01T07:00:00.000Z',
    ],
    [
      'a day-only schedule closes at local midnight',
      schedule({ timezone: 'Europe/Berlin', days_of_week: ['saturday', 'sunday'] }),
      '2026-11-28T12:00:00Z',
      '2026-11-29T23:00:00.000Z',
    ],
    ['never when always open', schedule({}), '2026-11-23T00:00:00Z', null],
    [
      'never when open every day all day',
      schedule({ days_of_week: [...DAYS_OF_WEEK] }),
      '2026-11-23T00:00:00Z',
      null,
    ],
    ['never when open 0→24', schedule({ start: 0, end: 24 }), '2026-11-23T00:00:00Z', null],
  ];
  it.each(cases)('%s', (_, t, from, expected) => {
    expect(nextClosing(t, at(from))?.toISOString() ?? null).toBe(expected);
  });
});
