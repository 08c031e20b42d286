import { describe, expect, it } from 'vitest';
import {
  currentZoneName,
  readInstant,
  relativeTo,
  zonedAndRelative as zonedAndRelativeRaw,
  zonedDate as zonedDateRaw,
  zonedTime as zonedTimeRaw,
} from './zoned-time';

// ICU puts a narrow no-break space before AM/PM; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');
const zonedTime = (...a: Parameters<typeof zonedTimeRaw>) => plain(zonedTimeRaw(...a));
const zonedDate = (...a: Parameters<typeof zonedDateRaw>) => plain(zonedDateRaw(...a));
const zonedAndRelative = (...a: Parameters<typeof zonedAndRelativeRaw>) =>
  plain(zonedAndRelativeRaw(...a));

const en = { locale: 'en-US' };

describe('zonedTime', () => {
  it('names the zone the time is shown in, to the minute in a half-hour zone', () => {
    expect(zonedTime('2026-12-05T12:30:00+00:00', { ...en, zone: 'Asia/Kolkata' })).toBe(
      'Dec 5, 2026, 6:00 PM Asia/Kolkata',
    );
    expect(zonedTime('2026-12-05T12:30:00Z', { ...en, zone: 'Asia/Kathmandu' })).toBe(
      'Dec 5, 2026, 6:15 PM Asia/Kathmandu',
    );
  });

  it('reads a zone-less time, with T or a space, as UTC', () => {
    expect(zonedTime('2026-09-18 15:42:19', { ...en, zone: 'UTC' })).toBe(
      'Sep 18, 2026, 3:42 PM UTC',
    );
    expect(zonedTime('2026-09-18T15:42:19', { ...en, zone: 'Asia/Kolkata' })).toBe(
      'Sep 18, 2026, 9:12 PM Asia/Kolkata',
    );
  });

  it('keeps the instant an offset gives', () => {
    expect(zonedTime('2026-09-18T17:42:19+02:00', { ...en, zone: 'UTC' })).toBe(
      'Sep 18, 2026, 3:42 PM UTC',
    );
    expect(zonedDate(new Date('2026-09-18T15:42:19Z'), { ...en, zone: 'America/New_York' })).toBe(
      'Sep 18, 2026, 11:42 AM America/New_York',
    );
  });

  it('names a renamed zone by its current name', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Berlin')).toBe('Europe/Berlin');
    expect(zonedTime('2026-12-05T12:30:00Z', { ...en, zone: 'Asia/Calcutta' })).toBe(
      'Dec 5, 2026, 6:00 PM Asia/Kolkata',
    );
  });

  it('shows a dash for a missing or unreadable time', () => {
    expect(zonedTime('')).toBe('—');
    expect(zonedTime(null)).toBe('—');
    expect(zonedTime('soon')).toBe('—');
    expect(readInstant('2026-13-40')).toBeNull();
  });
});

describe('zonedAndRelative', () => {
  const now = new Date('2026-12-02T12:30:00Z');
  it('adds how far the time is from now', () => {
    expect(relativeTo('2026-12-05T12:30:00Z', now)).toBe('in 3 days');
    expect(
      zonedAndRelative('2026-12-05T12:30:00+00:00', now, { ...en, zone: 'Asia/Kolkata' }),
    ).toBe('Dec 5, 2026, 6:00 PM Asia/Kolkata (in 3 days)');
    expect(zonedAndRelative('', now)).toBe('—');
  });
});
