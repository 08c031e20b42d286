import { describe, expect, it } from 'vitest';
import type { TimeOfDay } from '../../shared/schemas/role-trust';
import { weeklyGrid, weeklyGridSlots } from '../../shared/trust/schedule';
import { cellsPerColumn, clockOfColumn, describeGrid, runsOf } from './weekly-grid';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const run = (a: number, b: number) => `${clockOfColumn(a)}–${clockOfColumn(b)}`;

const hours = (from: number, to: number) =>
  Array.from({ length: 24 }, (_, h) => h >= from && h < to);

describe('runsOf', () => {
  it('finds each run of allowed cells', () => {
    const row = hours(9, 17).map((on, h) => on || h >= 22);
    expect(runsOf(row)).toEqual([
      [9, 17],
      [22, 24],
    ]);
    expect(runsOf(hours(0, 0))).toEqual([]);
  });
});

describe('describeGrid', () => {
  it('says each row in words', () => {
    const words = (a: number, b: number) => `${a}–${b}`;
    expect(
      describeGrid([hours(9, 17), hours(0, 24), hours(0, 0)], ['Mon', 'Tue', 'Wed'], words),
    ).toBe('Mon 9–17; Tue all day; Wed none');
  });
});

describe('half-hour zones', () => {
  // A weekday window 11:00–16:00 UTC, seen from Asia/Kolkata (UTC+5:30, no daylight saving).
  const utcAfternoon: TimeOfDay = {
    timezone: 'utc',
    days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    start: 11,
    end: 16,
  };
  const week = new Date('2026-12-02T12:00:00Z');

  it('asks for half hours where the zones are half an hour apart, quarters for Kathmandu', () => {
    expect(weeklyGridSlots(utcAfternoon, 'Asia/Kolkata', week)).toBe(2);
    expect(weeklyGridSlots(utcAfternoon, 'Asia/Kathmandu', week)).toBe(4);
    expect(weeklyGridSlots(utcAfternoon, 'Europe/Berlin', week)).toBe(1);
    expect(weeklyGridSlots(undefined, 'Asia/Kolkata', week)).toBe(1);
  });

  it('draws 16:30–21:30 exactly, not rounded to 17:00–22:00', () => {
    const cells = weeklyGrid(utcAfternoon, 'Asia/Kolkata', week, 2);
    expect(cells).toHaveLength(7);
    expect(cells[0]).toHaveLength(48);
    expect(runsOf(cells[0]!)).toEqual([[33, 43]]);
    expect(cellsPerColumn(cells, 24)).toBe(2);
    expect(describeGrid(cells, DAYS, run, 2)).toBe(
      'Mon 16:30–21:30; Tue 16:30–21:30; Wed 16:30–21:30; Thu 16:30–21:30; Fri 16:30–21:30; Sat none; Sun none',
    );
    // Whole hours could only round it: the old picture of the same week.
    expect(describeGrid(weeklyGrid(utcAfternoon, 'Asia/Kolkata', week), DAYS, run)).toMatch(
      /^Mon 17:00–22:00;/,
    );
  });

  it('draws a quarter-hour zone in quarters', () => {
    const cells = weeklyGrid(utcAfternoon, 'Asia/Kathmandu', week, 4);
    expect(describeGrid(cells, DAYS, run, 4)).toMatch(/^Mon 16:45–21:45;/);
  });

  it('still draws whole hours alike at any cut', () => {
    const t: TimeOfDay = { timezone: 'Europe/Berlin', start: 9, end: 17 };
    expect(describeGrid(weeklyGrid(t, 'Europe/Berlin', week, 2), DAYS, run, 2)).toMatch(
      /^Mon 09:00–17:00;/,
    );
  });
});

describe('clockOfColumn', () => {
  it('reads fractions of an hour as minutes', () => {
    expect(clockOfColumn(16.5)).toBe('16:30');
    expect(clockOfColumn(21.75)).toBe('21:45');
    expect(clockOfColumn(24)).toBe('24:00');
  });
});
