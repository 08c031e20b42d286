import { parseIpEntry } from '../../../../shared/schemas/ip';
import { ipEntriesOverlap } from '../../../../shared/trust/ip';
import { capitalized } from '../../../lib/words';

/** The API's limit on an allow-list. */
export const IP_LIST_MAX = 100;

export type IpEntryCheck =
  { ok: true; normalized: string; note: string | null } | { ok: false; message: string };

/**
 * Whether `text` may join `list`: a valid address or CIDR range, not already there (after
 * normalising, so 203.0.113.7/24 equals 203.0.113.0/24), and not inside or around an entry.
 */
export function checkIpEntry(text: string, list: readonly string[]): IpEntryCheck {
  const parsed = parseIpEntry(text);
  if (!parsed.ok) return { ok: false, message: `${capitalized(parsed.reason)}.` };
  const entry = parsed.normalized;
  if (list.includes(entry)) return { ok: false, message: `${entry} is already in the list.` };
  const overlapping = list.find((other) => ipEntriesOverlap(entry, other));
  if (overlapping !== undefined) {
    return { ok: false, message: overlapMessage(entry, overlapping) };
  }
  if (list.length >= IP_LIST_MAX) {
    return { ok: false, message: `The list holds at most ${IP_LIST_MAX} entries.` };
  }
  const note = entry !== text.trim() ? `Added as ${entry}.` : null;
  return { ok: true, normalized: entry, note };
}

const size = (entry: string) => {
  const parsed = parseIpEntry(entry);
  if (!parsed.ok) return 0;
  const bits = parsed.kind === 'ipv4' ? 32 : 128;
  return bits - (parsed.prefix ?? bits);
};

function overlapMessage(entry: string, other: string): string {
  if (size(entry) <= size(other)) return `${entry} lies within ${other}, already in the list.`;
  return `${entry} contains ${other}, already in the list; remove that entry first.`;
}

/** Splits pasted or typed text at commas and white space into entries. */
export function splitEntries(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
