import { describe, expect, it } from 'vitest';
import { remaining, secondsUntil } from './session-time';

const now = new Date('2026-03-10T12:00:00Z');

describe('remaining time', () => {
  it('counts seconds to a timestamp, zone-less ones as UTC', () => {
    expect(secondsUntil('2026-03-10T12:01:00Z', now)).toBe(60);
    expect(secondsUntil('2026-03-10T12:01:00', now)).toBe(60);
    expect(secondsUntil('2026-03-10T13:01:00+01:00', now)).toBe(60);
    expect(secondsUntil('not a time', now)).toBeNaN();
  });

  it('shows a clock, warns under five minutes and says expired after', () => {
    expect(remaining(3723)).toEqual({ text: '1:02:03', tone: 'normal' });
    expect(remaining(300)).toEqual({ text: '5:00', tone: 'normal' });
    expect(remaining(299.5)).toEqual({ text: '4:59', tone: 'warning' });
    expect(remaining(9)).toEqual({ text: '0:09', tone: 'warning' });
    expect(remaining(0)).toEqual({ text: 'expired', tone: 'expired' });
    expect(remaining(-5)).toEqual({ text: 'expired', tone: 'expired' });
    expect(remaining(Number.NaN)).toEqual({ text: 'expired', tone: 'expired' });
  });
});
