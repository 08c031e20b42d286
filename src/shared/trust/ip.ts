import ipaddr from 'ipaddr.js';
import { parseIpEntry } from '../schemas/ip';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Address, number];

/**
 * A source address, or null when unreadable. IPv4 must be dotted four-part decimal (as in allow-list
 * entries), and an IPv4-mapped IPv6 address (::ffff:203.0.113.5, as dual-stack sockets report IPv4
 * peers) becomes the IPv4 address it carries.
 */
function parseSource(raw: string): Address | null {
  const text = raw.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!text.includes(':') || !ipaddr.IPv6.isValid(text)) return null;
  const address = ipaddr.IPv6.parse(text);
  return address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
}

/** Whether `sourceIp` reads as an IPv4 or IPv6 address (the same reading ipAllowed uses). */
export function isReadableIp(sourceIp: string): boolean {
  return parseSource(sourceIp) !== null;
}

/** An allow-list entry as a range (a bare address is a /32 or /128); null when unreadable. */
function parseRange(entry: string): Range | null {
  const parsed = parseIpEntry(entry);
  if (!parsed.ok) return null;
  if (parsed.prefix !== null) return ipaddr.parseCIDR(parsed.normalized);
  return [ipaddr.parse(parsed.normalized), parsed.kind === 'ipv4' ? 32 : 128];
}

/** Families never cross: an IPv4 address is not in an IPv6 range, nor the other way round. */
function inRange(address: Address, range: Range): boolean {
  return address.kind() === range[0].kind() && address.match(range);
}

/**
 * Whether `sourceIp` may use a trust with this allow-list: an empty list allows any source (even an
 * unreadable one); otherwise the source must fall in some readable entry.
 */
export function ipAllowed(allowList: readonly string[], sourceIp: string): boolean {
  if (allowList.length === 0) return true;
  const source = parseSource(sourceIp);
  if (!source) return false;
  return allowList.some((entry) => {
    const range = parseRange(entry);
    return range !== null && inRange(source, range);
  });
}

/**
 * Whether two entries share any address. CIDR ranges are either nested or disjoint, so they overlap
 * exactly when one holds the other's network address. Unreadable entries overlap nothing.
 */
export function ipEntriesOverlap(a: string, b: string): boolean {
  const ra = parseRange(a);
  const rb = parseRange(b);
  if (!ra || !rb) return false;
  return inRange(ra[0], rb) || inRange(rb[0], ra);
}
