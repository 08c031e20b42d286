import { DateTime, Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteTime, NO_TIME, relativeTime } from './dates';

describe('times the API may leave out', () => {
  let zone: typeof Settings.defaultZone;
  beforeAll(() => {
    zone = Settings.defaultZone;
    Settings.defaultZone = 'UTC';
  });
  afterAll(() => {
    Settings.defaultZone = zone;
  });

  it('shows a dash for an empty or unreadable time, never "Invalid DateTime"', () => {
    for (const value of ['', 'yesterday', '2026-13-45T99:00:00Z']) {
      expect(absoluteTime(value)).toBe(NO_TIME);
      expect(relativeTime(value)).toBe(NO_TIME);
    }
  });

  it('formats a real time', () => {
    const now = DateTime.fromISO('2026-11-25T15:04:00Z');
    expect(relativeTime('2026-11-22T15:04:00+00:00', now)).toBe('3 days ago');
    expect(absoluteTime('2026-11-22T15:04:00+00:00')).toMatch(/Nov 22, 2026/);
  });
});
