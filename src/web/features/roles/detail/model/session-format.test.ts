import { describe, expect, it } from 'vitest';
import { countdown, maskedToken, secondsUntil } from './session-format';

describe('maskedToken', () => {
  it('keeps a token the list masked already', () => {
    expect(maskedToken({ session_token: 'ars-…abc123' })).toBe('ars-…abc123');
  });
  it('shows only the last six characters of a full token', () => {
    expect(maskedToken({ session_token: 'ars-secretpartXYZ789' })).toBe('ars-…XYZ789');
  });
});

describe('countdown', () => {
  it('formats hours, minutes and seconds', () => {
    expect(countdown(3 * 3600 + 4 * 60 + 5)).toBe('3:04:05');
    expect(countdown(245)).toBe('4:05');
    expect(countdown(9.7)).toBe('0:09');
  });
  it('says Expired at zero', () => {
    expect(countdown(0)).toBe('Expired');
    expect(countdown(-5)).toBe('Expired');
  });
});

describe('secondsUntil', () => {
  const now = new Date('2026-11-22T15:00:00Z');
  it('reads offsets and treats zone-less timestamps as UTC', () => {
    expect(secondsUntil('2026-11-22T16:00:00+00:00', now)).toBe(3600);
    expect(secondsUntil('2026-11-22T16:00:00', now)).toBe(3600);
    expect(secondsUntil('2026-11-22T17:00:00+01:00', now)).toBe(3600);
  });
});
