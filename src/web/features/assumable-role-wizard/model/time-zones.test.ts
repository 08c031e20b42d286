import { describe, expect, it } from 'vitest';
import { allTimeZones, utcOffsetLabel, zoneSearchText } from './time-zones';

describe('time zones', () => {
  it('lists every IANA zone, UTC first, plus the ones asked for', () => {
    const zones = allTimeZones(['Etc/GMT+5']);
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('America/New_York');
    expect(zones.at(-1)).toBe('Etc/GMT+5');
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('labels each with its offset at the given instant', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(utcOffsetLabel('Europe/Berlin', winter)).toBe('UTC+01:00');
    expect(utcOffsetLabel('Europe/Berlin', summer)).toBe('UTC+02:00');
    expect(utcOffsetLabel('America/St_Johns', winter)).toBe('UTC−03:30');
    expect(utcOffsetLabel('UTC', winter)).toBe('UTC+00:00');
    expect(utcOffsetLabel('Nowhere/Atlantis', winter)).toBe('');
  });

  it('finds New_York by "new york" and by its offset', () => {
    const text = zoneSearchText('America/New_York', 'UTC−05:00');
    expect(text).toContain('New York');
    expect(text).toContain('UTC−05:00');
  });
});
