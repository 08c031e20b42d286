import ipaddr from 'ipaddr.js';

export type ParsedIpEntry =
  | { ok: true; normalized: string; kind: 'ipv4' | 'ipv6'; prefix: number | null }
  | { ok: false; reason: string };

/**
 * Parses an IPv4/IPv6 address or CIDR range and gives its canonical text:
 * lower-case compressed IPv6, and ranges moved to their network address (203.0.113.7/24 → 203.0.113.0/24).
 */
export function parseIpEntry(raw: string): ParsedIpEntry {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'must not be empty' };
  if (text.includes('/')) {
    let range: [ipaddr.IPv4 | ipaddr.IPv6, number];
    try {
      range = ipaddr.parseCIDR(text);
    } catch {
      return { ok: false, reason: `"${text}" is not a valid IPv4 or IPv6 CIDR range` };
    }
    const [address, prefix] = range;
    const network =
      address.kind() === 'ipv4'
        ? ipaddr.IPv4.networkAddressFromCIDR(text)
        : ipaddr.IPv6.networkAddressFromCIDR(text);
    return {
      ok: true,
      normalized: `${network.toString()}/${prefix}`,
      kind: address.kind(),
      prefix,
    };
  }
  if (!ipaddr.isValid(text) || (!ipaddr.IPv4.isValidFourPartDecimal(text) && !text.includes(':'))) {
    return { ok: false, reason: `"${text}" is not a valid IPv4 or IPv6 address` };
  }
  const address = ipaddr.parse(text);
  return { ok: true, normalized: address.toString(), kind: address.kind(), prefix: null };
}
