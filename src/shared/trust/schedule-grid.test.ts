import { describe, expect, it } from 'vitest';
import type { TimeOfDay } from '../schemas/role-trust';
import { dstShifts, weeklyGrid } from './schedule';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const berlinOffice: TimeOfDay = {
  timezone: 'Europe/Berlin',
  days_of_week: [...WEEKDAYS],
  start: 9,
  end: 17,
};

/** A 7×24 grid with `hours` open on the listed rows (0 = Monday). */
function grid(open: Record<number, readonly number[]>): boolean[][] {
  return Array.from({ length: 7 }, (_, d) =>
    Array.from({ length: 24 }, (_, h) => (open[d] ?? []).includes(h)),
  );
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const weekdays = (hours: number[]) => ({ 0: hours, 1: hours, 2: hours, 3: hours, 4: hours });

describe('weeklyGrid', () => {
  it('draws Berlin 9–17 in Berlin itself', () => {
    expect(weeklyGrid(berlinOffice, 'Europe/Berlin', new Date('2026-11-25T12:00:00Z'))).toEqual(
      grid(weekdays(range(9, 17))),
    );
  });

  it('draws Berlin 9–17 at 03:00–11:00 in New York while neither is on summer time', () => {
    expect(weeklyGrid(berlinOffice, 'America/New_York', new Date('2026-03-04T12:00:00Z'))).toEqual(
      grid(weekdays(range(3, 11))),
    );
  });

  it('moves it to 04:00–12:00 in the week the US is on summer time but Europe is not', () => {
    // Any instant of 2026-03-09..15 picks the same New York week.
    for (const weekOf of ['2026-03-09T04:00:00Z', '2026-03-11T12:00:00Z', '2026-03-16T03:59:59Z']) {
      expect(weeklyGrid(berlinOffice, 'America/New_York', new Date(weekOf))).toEqual(
        grid(weekdays(range(4, 12))),
      );
    }
  });

  it('shows a wrapping window running into the next row', () => {
    const t: TimeOfDay = { timezone: 'utc', days_of_week: ['sunday'], start: 22, end: 6 };
    // The Monday-morning cells are the previous Sunday's night: the grid shows instants.
    expect(weeklyGrid(t, 'UTC', new Date('2026-11-25T00:00:00Z'))).toEqual(
      grid({ 0: range(0, 6), 6: [22, 23] }),
    );
    const monday: TimeOfDay = { ...t, days_of_week: ['monday'] };
    expect(weeklyGrid(monday, 'UTC', new Date('2026-11-25T00:00:00Z'))).toEqual(
      grid({ 0: [22, 23], 1: range(0, 6) }),
    );
  });

  it('evaluates a viewer-local hour skipped by spring-forward at the instant luxon gives (an hour later)', () => {
    // 07:00–08:00 UTC; New York 2026-03-08 02:00 does not exist and resolves to 03:00 EDT = 07:00Z.
    const t: TimeOfDay = { timezone: 'utc', start: 7, end: 8 };
    const cells = weeklyGrid(t, 'America/New_York', new Date('2026-03-05T12:00:00Z'));
    expect(cells).toEqual(grid({ 0: [2], 1: [2], 2: [2], 3: [2], 4: [2], 5: [2], 6: [2, 3] }));
  });

  it('is all true without a schedule', () => {
    const all = range(0, 24);
    expect(weeklyGrid(undefined, 'Asia/Tokyo', new Date())).toEqual(
      grid({ ...weekdays(all), 5: all, 6: all }),
    );
  });

  it('refuses an unknown viewer zone', () => {
    expect(() => weeklyGrid(berlinOffice, 'Mars/Olympus', new Date())).toThrow(RangeError);
  });
});

describe('dstShifts', () => {
  it('finds both spring changes for Berlin seen from New York', () => {
    expect(dstShifts(berlinOffice, 'America/New_York', new Date('2026-03-01T00:00:00Z'))).toEqual([
      {
        at: new Date('2026-03-08T07:00:00Z'),
        description:
          'From Sun 8 Mar 2026 the window opens at 04:00 instead of 03:00 and closes at 12:00 instead of 11:00 in your time zone',
      },
      {
        at: new Date('2026-03-29T01:00:00Z'),
        description:
          'From Sat 28 Mar 2026 the window opens at 03:00 instead of 04:00 and closes at 11:00 instead of 12:00 in your time zone',
      },
    ]);
  });

  it('finds the change when only the trust zone moves', () => {
    const shifts = dstShifts(berlinOffice, 'Africa/Lagos', new Date('2026-03-01T00:00:00Z'));
    expect(shifts.map((s) => [s.at.toISOString(), s.description])).toEqual([
      [
        '2026-03-29T01:00:00.000Z',
        'From Sun 29 Mar 2026 the window opens at 08:00 instead of 09:00 and closes at 16:00 instead of 17:00 in your time zone',
      ],
    ]);
  });

  it('finds both autumn changes, a week apart', () => {
    const shifts = dstShifts(berlinOffice, 'America/New_York', new Date('2026-10-01T00:00:00Z'));
    expect(shifts.map((s) => s.at.toISOString())).toEqual([
      '2026-10-25T01:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ]);
  });

  it('describes a day-only schedule by when its days begin', () => {
    const weekend: TimeOfDay = {
      timezone: 'America/New_York',
      days_of_week: ['saturday', 'sunday'],
    };
    expect(dstShifts(weekend, 'UTC', new Date('2026-10-01T00:00:00Z'))).toEqual([
      {
        at: new Date('2026-11-01T06:00:00Z'),
        description:
          'From Sun 1 Nov 2026 each allowed day begins at 05:00 instead of 04:00 in your time zone',
      },
    ]);
  });

  it.each([
    ['zones that change together', berlinOffice, 'Europe/London', 90],
    ['the same zone', berlinOffice, 'Europe/Berlin', 365],
    ['UTC on both sides', { timezone: 'utc', start: 9, end: 17 } satisfies TimeOfDay, 'UTC', 365],
    [
      'an always-open schedule',
      { timezone: 'Europe/Berlin' } satisfies TimeOfDay,
      'America/New_York',
      365,
    ],
    ['a span before any change', berlinOffice, 'America/New_York', 7],
  ])('is empty for %s', (_, t, viewZone, days) => {
    expect(dstShifts(t, viewZone, new Date('2026-03-01T00:00:00Z'), days)).toEqual([]);
  });
});
