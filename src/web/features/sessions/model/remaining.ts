/** Under this many seconds left, the countdown turns to the warning colour. */
export const WARN_BELOW_SECONDS = 5 * 60;
/** Renew before expiry assumes again this long before the credentials expire. */
export const RENEW_AHEAD_SECONDS = 5 * 60;

/** Seconds from `now` until a timestamp (a zone-less one counts as UTC); NaN when unreadable. */
export function secondsUntil(timestamp: string, now: Date): number {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(timestamp);
  const at = Date.parse(hasZone ? timestamp : `${timestamp}Z`);
  return Number.isNaN(at) ? Number.NaN : (at - now.getTime()) / 1000;
}

export type RemainingTone = 'normal' | 'warning' | 'expired';

export interface Remaining {
  /** "1:02:03", "4:05", "0:09", or "expired". */
  text: string;
  tone: RemainingTone;
}

/** Time left as a clock, with the tone to show it in. */
export function remaining(seconds: number): Remaining {
  if (!(seconds > 0)) return { text: 'expired', tone: 'expired' };
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
  return { text, tone: seconds < WARN_BELOW_SECONDS ? 'warning' : 'normal' };
}

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
