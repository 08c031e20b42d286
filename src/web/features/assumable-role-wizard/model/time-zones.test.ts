import { describe, expect, it } from 'vitest';
import {
  aliasOf,
  allTimeZones,
  canonicalZone,
  sameZone,
  utcOffsetLabel,
  zoneSearchText,
} from './time-zones';

describe('time zones', () => {
  it('lists every IANA zone, UTC first, plus the ones asked for', () => {
    const zones = allTimeZones(['Etc/GMT+5']);
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('America/New_York');
    expect(zones.at(-1)).toBe('Etc/GMT+5');
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('lists zones by their current IANA names, not the old spellings browsers keep', () => {
    const zones = allTimeZones();
    for (const current of ['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh', 'America/Nuuk']) {
      expect(zones).toContain(current);
    }
    for (const old of ['Asia/Calcutta', 'Europe/Kiev', 'Asia/Saigon', 'America/Godthab']) {
      expect(zones).not.toContain(old);
    }
  });

  it('lists every zone under one name only: its current one, as the pickers offer it', () => {
    const zones = allTimeZones();
    for (const zone of zones) expect(canonicalZone(zone)).toBe(zone);
    expect(zones.filter((z) => z === 'Asia/Kolkata')).toHaveLength(1);
    expect(zones.filter((z) => sameZone(z, 'Asia/Kolkata'))).toEqual(['Asia/Kolkata']);
  });

  it('keeps a stored old spelling selectable, after the listed zones', () => {
    const zones = allTimeZones(['Asia/Calcutta']);
    expect(zones).toContain('Asia/Kolkata');
    expect(zones.at(-1)).toBe('Asia/Calcutta');
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Pacific/Chatham', 'Pacific/Chatham'],
  ])('canonicalZone(%s) = %s', (zone, expected) => {
    expect(canonicalZone(zone)).toBe(expected);
  });

  it('names the current zone of an old spelling, and nothing for a current one', () => {
    expect(aliasOf('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(aliasOf('Asia/Kolkata')).toBe('');
    expect(aliasOf('utc')).toBe('');
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata', true],
    ['Asia/Kolkata', 'Asia/Calcutta', true],
    ['utc', 'UTC', true],
    ['UTC', 'Etc/UTC', true],
    ['Europe/Berlin', 'Europe/Berlin', true],
    // Same offset today, different zones.
    ['Europe/Berlin', 'Europe/Paris', false],
    ['Asia/Kolkata', 'Asia/Colombo', false],
    ['Pacific/Chatham', 'UTC', false],
    ['utc', 'Europe/London', false],
  ])('sameZone(%s, %s) = %s', (a, b, expected) => {
    expect(sameZone(a, b)).toBe(expected);
  });

  it('labels each with its offset at the given instant', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect(utcOffsetLabel('Europe/Berlin', winter)).toBe('UTC+01:00');
    expect(utcOffsetLabel('Europe/Berlin', summer)).toBe('UTC+02:00');
    expect(utcOffsetLabel('America/St_Johns', winter)).toBe('UTC−03:30');
    expect(utcOffsetLabel('Asia/Kolkata', winter)).toBe('UTC+05:30');
    expect(utcOffsetLabel('Asia/Calcutta', winter)).toBe('UTC+05:30');
    expect(utcOffsetLabel('UTC', winter)).toBe('UTC+00:00');
    expect(utcOffsetLabel('utc', winter)).toBe('UTC+00:00');
    expect(utcOffsetLabel('Nowhere/Atlantis', winter)).toBe('');
  });

  it('finds New_York by "new york" and by its offset', () => {
    const text = zoneSearchText('America/New_York', 'UTC−05:00');
    expect(text).toContain('New York');
    expect(text).toContain('UTC−05:00');
  });

  it('finds Kolkata by its old name, and the old name by the new one', () => {
    expect(zoneSearchText('Asia/Kolkata', 'UTC+05:30')).toContain('Calcutta');
    expect(zoneSearchText('Asia/Calcutta', 'UTC+05:30')).toContain('Kolkata');
  });
});
