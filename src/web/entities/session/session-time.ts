/** Under this many seconds left, a session's countdown turns to the warning colour. */
export const WARN_BELOW_SECONDS = 5 * 60;

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
