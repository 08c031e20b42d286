import type { Session } from '../../../../../shared/schemas/session';
import { maskToken } from '../../../../lib/session-token';

/** Only the end of a session token is ever shown: "ars-…abc123". */
export function maskedToken(session: Pick<Session, 'session_token'>): string {
  return maskToken(session.session_token);
}

/** Seconds left as a clock: "3:04:05", "4:05", "0:09"; "Expired" at or below zero. */
export function countdown(seconds: number): string {
  if (seconds <= 0) return 'Expired';
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** Seconds from `now` until an API timestamp (a zone-less one counts as UTC). */
export function secondsUntil(timestamp: string, now: Date): number {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(timestamp);
  const at = Date.parse(hasZone ? timestamp : `${timestamp}Z`);
  return Number.isNaN(at) ? 0 : (at - now.getTime()) / 1000;
}
