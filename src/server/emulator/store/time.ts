/** Stored form of a timestamp: UTC with milliseconds, so that text order is time order. */
export function storedTime(instant: Date): string {
  return instant.toISOString();
}

/** API form of a stored timestamp: `2026-11-22T15:04:05+00:00`. */
export function apiTime(stored: string): string;
export function apiTime(stored: string | null | undefined): string | '';
export function apiTime(stored: string | null | undefined): string {
  if (!stored) return '';
  return `${stored.slice(0, 19)}+00:00`;
}
