import { browserZone, zonedTime } from '../../../lib/zoned-time';

/** The viewer's zone, by its current name ("Asia/Kolkata", never the legacy "Asia/Calcutta"). */
export const viewerZone = (): string => browserZone();

/**
 * An instant as people read it, with the zone it is shown in named: "Nov 24, 2026, 9:30 AM
 * Asia/Kolkata". The viewer's zone unless another is given; the text itself when it is no instant.
 */
export function instantWithZone(iso: string, zone: string = viewerZone()): string {
  const shown = zonedTime(iso, { zone });
  return shown === '—' ? iso : shown;
}

/** An ISO-8601 instant with its offset (or Z), as the shared evaluator writes them into reasons. */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * A sentence from the trust evaluator with every instant in it shown in the viewer's zone (the
 * evaluator writes UTC timestamps, which people misread as local time).
 */
export function withZonedInstants(text: string, zone: string = viewerZone()): string {
  return text.replace(ISO_INSTANT, (iso) => instantWithZone(iso, zone));
}
