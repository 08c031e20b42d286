import { secondsUntil } from '../../../entities/session/session-time';

/** Renew before expiry assumes again this long before the credentials expire. */
export const RENEW_AHEAD_SECONDS = 5 * 60;

/** Renewal never comes sooner than this after the credentials arrived (no renewal storms). */
export const RENEW_MIN_AFTER_SECONDS = 60;

export interface Renewable {
  expiration: string;
  /** The lifetime asked for (DurationSeconds), when known. */
  lifetimeSeconds: number | undefined;
  /** When the credentials arrived, by this browser's clock. */
  receivedAt: number;
}

/**
 * Milliseconds until Renew before expiry should assume again: five minutes before the end of the
 * credentials' lifetime, counted from their arrival by this browser's clock (so a browser clock
 * that runs ahead of the server's cannot make every renewal look due at once); 0 when that moment
 * has passed, null once they have expired.
 */
export function renewDelayMs(held: Renewable, now: Date): number | null {
  const lifetime = held.lifetimeSeconds ?? secondsUntil(held.expiration, new Date(held.receivedAt));
  if (!(lifetime > 0)) return null;
  const expiresAt = held.receivedAt + lifetime * 1000;
  if (now.getTime() >= expiresAt) return null;
  const lead = Math.max(lifetime - RENEW_AHEAD_SECONDS, RENEW_MIN_AFTER_SECONDS);
  return Math.max(0, held.receivedAt + lead * 1000 - now.getTime());
}
