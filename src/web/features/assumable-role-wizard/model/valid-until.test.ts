import { describe, expect, it } from 'vitest';
import { quickExpiry, validUntilFromIso, validUntilIso } from './valid-until';

describe('valid until', () => {
  it('turns the wall-clock time in its zone into an instant with the offset of that date', () => {
    expect(validUntilIso({ local: '2026-12-31T23:59', zone: 'Europe/Berlin' })).toBe(
      '2026-12-31T23:59:00+01:00',
    );
    expect(validUntilIso({ local: '2026-07-31T23:59', zone: 'Europe/Berlin' })).toBe(
      '2026-07-31T23:59:00+02:00',
    );
    expect(validUntilIso({ local: '', zone: 'Europe/Berlin' })).toBeNull();
    expect(validUntilIso({ local: 'soon', zone: 'Europe/Berlin' })).toBeNull();
  });

  it('shows a stored expiry in the viewer’s zone', () => {
    expect(validUntilFromIso('2026-12-31T22:59:00+00:00', 'Europe/Berlin')).toEqual({
      local: '2026-12-31T23:59',
      zone: 'Europe/Berlin',
    });
    expect(validUntilFromIso('', 'UTC')).toEqual({ local: '', zone: 'UTC' });
  });

  it('offers quick choices counted in the chosen zone', () => {
    const now = new Date('2026-06-15T22:30:00Z'); // 16 June, 00:30 in Berlin
    expect(quickExpiry('day', 'Europe/Berlin', now)).toBe('2026-06-17T00:30');
    expect(quickExpiry('week', 'UTC', now)).toBe('2026-06-22T22:30');
    expect(quickExpiry('next-month-end', 'Europe/Berlin', now)).toBe('2026-07-31T23:59');
    expect(quickExpiry('next-month-end', 'UTC', new Date('2026-01-31T12:00Z'))).toBe(
      '2026-02-28T23:59',
    );
  });
});
