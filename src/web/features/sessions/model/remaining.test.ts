import { describe, expect, it } from 'vitest';
import { renewDelayMs } from './remaining';

const now = new Date('2026-03-10T12:00:00Z');

describe('renew before expiry', () => {
  it('renews five minutes before the end of the lifetime, counted from arrival', () => {
    const arrived = now.getTime();
    const held = { expiration: '2026-03-10T13:00:00Z', lifetimeSeconds: 3600, receivedAt: arrived };
    expect(renewDelayMs(held, now)).toBe(55 * 60_000);
    expect(renewDelayMs(held, new Date(arrived + 56 * 60_000))).toBe(0);
    expect(renewDelayMs(held, new Date(arrived + 61 * 60_000))).toBeNull();
  });

  it('ignores a browser clock that disagrees with the server about the expiration', () => {
    // The server says 13:00, the browser thinks it is already 12:58 at arrival: still 55 minutes.
    const held = {
      expiration: '2026-03-10T13:00:00Z',
      lifetimeSeconds: 3600,
      receivedAt: Date.parse('2026-03-10T12:58:00Z'),
    };
    expect(renewDelayMs(held, new Date(held.receivedAt))).toBe(55 * 60_000);
  });

  it('without a known lifetime, reads it from the expiration; never renews within a minute', () => {
    const held = {
      expiration: '2026-03-10T12:15:00Z',
      lifetimeSeconds: undefined,
      receivedAt: now.getTime(),
    };
    expect(renewDelayMs(held, now)).toBe(10 * 60_000);
    const short = {
      expiration: '2026-03-10T12:02:00Z',
      lifetimeSeconds: undefined,
      receivedAt: now.getTime(),
    };
    expect(renewDelayMs(short, now)).toBe(60_000);
    const gone = {
      expiration: '2026-03-10T11:59:00Z',
      lifetimeSeconds: undefined,
      receivedAt: now.getTime(),
    };
    expect(renewDelayMs(gone, now)).toBeNull();
  });
});
