import { describe, expect, it } from 'vitest';
import { fullTokenOf, isMaskedToken, maskToken, revocationKey } from './session-token';

const FULL = 'ars-Zx8qLm3Np0Rt7VwYb2Cd5Fg9Hj1Kk4';

describe('maskToken', () => {
  it('shows only the last six characters', () => {
    expect(maskToken(FULL)).toBe('ars-…Hj1Kk4');
    expect(maskToken('ars-…abc123')).toBe('ars-…abc123');
  });
});

describe('revocationKey', () => {
  it('addresses a session by its full token, as Vultr does', () => {
    expect(revocationKey({ session_token: FULL, id: '' }, null)).toBe(FULL);
    expect(revocationKey({ session_token: FULL, id: 'sess-1' }, 'ars-other')).toBe(FULL);
  });

  it('uses the token this tab holds when the list masked it', () => {
    expect(revocationKey({ session_token: 'ars-…Hj1Kk4', id: 'sess-1' }, FULL)).toBe(FULL);
  });

  it('falls back to the id only for a masked list, and gives up without either', () => {
    expect(isMaskedToken('ars-…Hj1Kk4')).toBe(true);
    expect(revocationKey({ session_token: 'ars-…Hj1Kk4', id: 'sess-1' }, null)).toBe('sess-1');
    expect(revocationKey({ session_token: 'ars-…Hj1Kk4', id: '' }, null)).toBeNull();
  });
});

describe('fullTokenOf', () => {
  it('gives the token only when the list carried all of it', () => {
    expect(fullTokenOf({ session_token: FULL })).toBe(FULL);
    expect(fullTokenOf({ session_token: 'ars-…Hj1Kk4' })).toBeNull();
    expect(fullTokenOf({ session_token: '' })).toBeNull();
  });
});
