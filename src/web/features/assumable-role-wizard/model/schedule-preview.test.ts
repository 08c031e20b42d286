import { describe, expect, it } from 'vitest';
import type { TimeOfDay } from '../../../../shared/schemas/role-trust';
import { runsOf } from '../../../components/weekly-grid';
import { assumableNow, schedulePreview } from './schedule-preview';

const berlinOffice: TimeOfDay = {
  timezone: 'Europe/Berlin',
  days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  start: 9,
  end: 17,
};

/** Each day's allowed hours, as "start–end" runs. */
const week = (cells: boolean[][]) =>
  cells.map((row) =>
    runsOf(row)
      .map(([a, b]) => `${a}–${b}`)
      .join(' '),
  );
const weekdays = (run: string) => [run, run, run, run, run, '', ''];

describe('schedulePreview: Berlin 09–17 on weekdays, seen from New York', () => {
  const at = (iso: string) => schedulePreview(berlinOffice, 'America/New_York', new Date(iso));

  it('keeps the Berlin grid at 09–17 all year', () => {
    for (const iso of ['2026-03-04T12:00Z', '2026-03-11T12:00Z', '2026-10-28T12:00Z']) {
      expect(week(at(iso).trustGrid)).toEqual(weekdays('9–17'));
    }
  });

  it('draws 03–11 in New York before the US switches to summer time (week of 2 March 2026)', () => {
    const preview = at('2026-03-04T12:00Z');
    expect(preview.zonesDiffer).toBe(true);
    expect(week(preview.viewerGrid)).toEqual(weekdays('3–11'));
  });

  it('draws 04–12 in the weeks the US is on summer time and Europe not yet (9–27 March)', () => {
    expect(week(at('2026-03-11T12:00Z').viewerGrid)).toEqual(weekdays('4–12'));
    expect(week(at('2026-03-25T12:00Z').viewerGrid)).toEqual(weekdays('4–12'));
  });

  it('draws 03–11 again once Europe follows (week of 30 March)', () => {
    expect(week(at('2026-04-01T12:00Z').viewerGrid)).toEqual(weekdays('3–11'));
  });

  it('draws 04–12 in the autumn week Europe is back on winter time and the US not yet', () => {
    expect(week(at('2026-10-28T12:00Z').viewerGrid)).toEqual(weekdays('4–12'));
    expect(week(at('2026-11-04T12:00Z').viewerGrid)).toEqual(weekdays('3–11'));
  });

  it('warns of both spring shifts in the next 90 days, in the viewer’s words', () => {
    const shifts = at('2026-03-01T12:00Z').shifts;
    expect(shifts.map((s) => s.at.toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
    expect(shifts.map((s) => s.description)).toEqual([
      'From Sun 8 Mar 2026 the window opens at 04:00 instead of 03:00 and closes at 12:00 instead of 11:00 in your time zone',
      'From Sat 28 Mar 2026 the window opens at 03:00 instead of 04:00 and closes at 11:00 instead of 12:00 in your time zone',
    ]);
  });

  it('has nothing to warn about when both zones are the same or the role is always assumable', () => {
    const same = schedulePreview(berlinOffice, 'Europe/Berlin', new Date('2026-03-01T12:00Z'));
    expect(same.zonesDiffer).toBe(false);
    expect(same.shifts).toEqual([]);
    const always = schedulePreview(undefined, 'America/New_York', new Date('2026-03-01T12:00Z'));
    expect(always.shifts).toEqual([]);
    expect(week(always.viewerGrid)).toEqual(Array(7).fill('0–24'));
  });
});

describe('assumableNow', () => {
  it('says yes inside the window, until it closes', () => {
    // Wednesday 11 March 2026, 10:00 in Berlin.
    const now = new Date('2026-03-11T09:00:00Z');
    expect(assumableNow(berlinOffice, null, now)).toEqual({
      assumable: true,
      until: new Date('2026-03-11T16:00:00Z'),
    });
    // An earlier expiry ends it first.
    expect(assumableNow(berlinOffice, '2026-03-11T12:00:00Z', now)).toEqual({
      assumable: true,
      until: new Date('2026-03-11T12:00:00Z'),
    });
  });

  it('says no outside it, with when it opens, or because the trust expired', () => {
    const saturday = new Date('2026-03-14T09:00:00Z');
    const closed = assumableNow(berlinOffice, null, saturday);
    expect(closed).toMatchObject({
      assumable: false,
      failed: ['time_of_day'],
      opensAt: new Date('2026-03-16T08:00:00Z'),
    });
    expect(assumableNow(undefined, '2026-03-01T00:00:00Z', saturday)).toMatchObject({
      assumable: false,
      failed: ['valid_until'],
      opensAt: null,
    });
  });
});
