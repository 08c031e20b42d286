import { describe, expect, it } from 'vitest';
import { instantWithZone, withZonedInstants } from './zoned-time';

describe('instants with their zone', () => {
  it('shows an instant in the zone asked for, naming it; half-hour zones exact', () => {
    expect(instantWithZone('2026-11-24T04:00:00Z', 'Asia/Kolkata')).toMatch(
      /^Nov 24, 2026, 9:30\sAM Asia\/Kolkata$/,
    );
    expect(instantWithZone('2026-11-24T04:00:00+00:00', 'UTC')).toMatch(
      /^Nov 24, 2026, 4:00\sAM UTC$/,
    );
    expect(instantWithZone('2026-07-01T16:00:00Z', 'Europe/Berlin')).toMatch(
      /^Jul 1, 2026, 6:00\sPM Europe\/Berlin$/,
    );
  });

  it('leaves what is not an instant as it is', () => {
    expect(instantWithZone('soon', 'UTC')).toBe('soon');
  });

  it('rewrites every instant of an evaluator sentence, and nothing else', () => {
    const reason =
      'outside the schedule (Weekdays 09:00–17:00 Europe/Berlin); it next opens at 2026-11-24T08:00:00Z; the trust expired at 2026-01-01T00:00:00+00:00';
    expect(withZonedInstants(reason, 'Asia/Kolkata')).toMatch(
      /^outside the schedule \(Weekdays 09:00–17:00 Europe\/Berlin\); it next opens at Nov 24, 2026, 1:30\sPM Asia\/Kolkata; the trust expired at Jan 1, 2026, 5:30\sAM Asia\/Kolkata$/,
    );
    expect(withZonedInstants('source IP 203.0.113.7 is not in the allow-list', 'UTC')).toBe(
      'source IP 203.0.113.7 is not in the allow-list',
    );
  });
});
