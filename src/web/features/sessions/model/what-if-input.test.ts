import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput, whatIfSchema } from './what-if-input';

describe('what-if input', () => {
  it('round-trips an instant through a datetime-local value, to the minute', () => {
    const at = new Date(2026, 2, 10, 9, 30, 45);
    expect(toLocalInput(at)).toBe('2026-03-10T09:30');
    expect(fromLocalInput('2026-03-10T09:30')?.getTime()).toBe(
      new Date(2026, 2, 10, 9, 30).getTime(),
    );
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('soon')).toBeNull();
  });

  it('wants a principal, a readable address and an instant', () => {
    const ok = { kind: 'user', principal: 'u', ip: ' 203.0.113.7 ', instant: '2026-03-10T09:30' };
    expect(whatIfSchema.parse(ok).ip).toBe('203.0.113.7');
    expect(whatIfSchema.safeParse({ ...ok, ip: '::1' }).success).toBe(true);
    const bad = whatIfSchema.safeParse({ ...ok, principal: '', ip: '10.0.0', instant: 'x' });
    expect(
      bad.success ? [] : bad.error.issues.map((i) => `${String(i.path[0])} ${i.message}`),
    ).toEqual([
      'principal is required',
      'ip must be an IPv4 or IPv6 address, such as 203.0.113.7',
      'instant must be a date and time',
    ]);
  });
});
