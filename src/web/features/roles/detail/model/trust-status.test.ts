import { describe, expect, it } from 'vitest';
import { assumableNow, isExpired } from './trust-status';

const weekdaysBerlin = {
  timezone: 'Europe/Berlin',
  days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as (
    'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday'
  )[],
  start: 9,
  end: 17,
};

// Wednesday 2026-11-18, 12:00 in Berlin (UTC+1).
const wednesdayNoon = new Date('2026-11-18T11:00:00Z');
// Saturday 2026-11-21, 12:00 in Berlin.
const saturdayNoon = new Date('2026-11-21T11:00:00Z');

describe('assumableNow', () => {
  it('says yes for an always-open trust without expiry', () => {
    expect(assumableNow({ conditions: { ip_address: [] }, valid_until: '' }, saturdayNoon)).toEqual(
      { assumable: true, closesAt: null },
    );
  });

  it('says yes inside the window and when it closes', () => {
    const result = assumableNow(
      { conditions: { time_of_day: weekdaysBerlin, ip_address: [] }, valid_until: '' },
      wednesdayNoon,
    );
    expect(result).toEqual({ assumable: true, closesAt: new Date('2026-11-18T16:00:00Z') });
  });

  it('closes at the expiry when that comes before the window ends', () => {
    const result = assumableNow(
      {
        conditions: { time_of_day: weekdaysBerlin, ip_address: [] },
        valid_until: '2026-11-18T12:00:00+00:00',
      },
      wednesdayNoon,
    );
    expect(result).toEqual({ assumable: true, closesAt: new Date('2026-11-18T12:00:00Z') });
  });

  it('says when a closed window opens next', () => {
    const result = assumableNow(
      { conditions: { time_of_day: weekdaysBerlin, ip_address: [] }, valid_until: '' },
      saturdayNoon,
    );
    expect(result).toEqual({
      assumable: false,
      reason: 'closed',
      opensAt: new Date('2026-11-23T08:00:00Z'),
    });
  });

  it('says no when the trust has expired', () => {
    const trust = { conditions: { ip_address: [] }, valid_until: '2026-11-01T00:00:00+00:00' };
    expect(isExpired(trust, saturdayNoon)).toBe(true);
    expect(assumableNow(trust, saturdayNoon)).toEqual({
      assumable: false,
      reason: 'expired',
      expiredAt: new Date('2026-11-01T00:00:00Z'),
    });
  });

  it('says no when the trust expires before the window opens again', () => {
    const result = assumableNow(
      {
        conditions: { time_of_day: weekdaysBerlin, ip_address: [] },
        valid_until: '2026-11-22T00:00:00+00:00',
      },
      saturdayNoon,
    );
    expect(result).toEqual({
      assumable: false,
      reason: 'expires-first',
      expiresAt: new Date('2026-11-22T00:00:00Z'),
    });
  });
});
