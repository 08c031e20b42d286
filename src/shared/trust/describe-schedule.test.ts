import { describe, expect, it } from 'vitest';
import { DAYS_OF_WEEK } from '../schemas/role-trust';
import type { TimeOfDay } from '../schemas/role-trust';
import { describeSchedule } from './schedule';

describe('describeSchedule', () => {
  const cases: [TimeOfDay | undefined, string][] = [
    [undefined, 'Always'],
    [{ timezone: 'utc' }, 'Always'],
    [
      {
        timezone: 'Europe/Berlin',
        days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        start: 9,
        end: 17,
      },
      'Weekdays 09:00–17:00 Europe/Berlin',
    ],
    [
      { timezone: 'America/New_York', days_of_week: ['saturday', 'sunday'] },
      'Saturday and Sunday, all day (America/New_York)',
    ],
    [{ timezone: 'utc', start: 22, end: 6 }, 'Every day 22:00–06:00 (next day) UTC'],
    [
      {
        timezone: 'Asia/Tokyo',
        days_of_week: ['friday', 'monday', 'wednesday'],
        start: 8,
        end: 12,
      },
      'Mon, Wed, Fri 08:00–12:00 Asia/Tokyo',
    ],
    [
      { timezone: 'utc', days_of_week: ['sunday', 'saturday'], start: 10, end: 14 },
      'Weekends 10:00–14:00 UTC',
    ],
    [
      {
        timezone: 'utc',
        days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
        start: 9,
        end: 17,
      },
      'Mon, Tue, Wed, Thu, Fri, Sat 09:00–17:00 UTC',
    ],
    [
      { timezone: 'utc', days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] },
      'Weekdays, all day (UTC)',
    ],
    [{ timezone: 'UTC', days_of_week: ['monday'] }, 'Monday, all day (UTC)'],
    [
      { timezone: 'Europe/Berlin', days_of_week: ['friday', 'wednesday', 'monday'] },
      'Monday, Wednesday and Friday, all day (Europe/Berlin)',
    ],
    [{ timezone: 'utc', start: 18, end: 24 }, 'Every day 18:00–24:00 UTC'],
    [
      { timezone: 'utc', days_of_week: ['monday'], start: 22, end: 6 },
      'Mon 22:00–06:00 (next day) UTC',
    ],
    [{ timezone: 'utc', days_of_week: [] }, 'Never'],
  ];
  it.each(cases)('%j → %s', (t, expected) => {
    expect(describeSchedule(t)).toBe(expected);
  });

  it('says "Every day" when all seven days are listed', () => {
    // Listed from Sunday, not in the order the schema names them.
    const all: TimeOfDay['days_of_week'] = [
      'sunday',
      ...DAYS_OF_WEEK.filter((day) => day !== 'sunday'),
    ];
    expect(new Set(all).size).toBe(7);
    expect(describeSchedule({ timezone: 'utc', days_of_week: all, start: 0, end: 6 })).toBe(
      'Every day 00:00–06:00 UTC',
    );
    expect(describeSchedule({ timezone: 'utc', days_of_week: all })).toBe(
      'Every day, all day (UTC)',
    );
  });
});
