import { describe, expect, it } from 'vitest';
import { ipAllowed, ipEntriesOverlap, isReadableIp } from './ip';

describe('ipAllowed', () => {
  const cases: [string, string[], string, boolean][] = [
    ['empty list allows IPv4', [], '203.0.113.5', true],
    ['empty list allows IPv6', [], '2001:db8::1', true],
    ['empty list allows even an unreadable source', [], 'not-an-ip', true],
    ['exact IPv4 address', ['203.0.113.5'], '203.0.113.5', true],
    ['another IPv4 address', ['203.0.113.5'], '203.0.113.6', false],
    ['IPv4 CIDR, first address', ['203.0.113.0/24'], '203.0.113.0', true],
    ['IPv4 CIDR, last address', ['203.0.113.0/24'], '203.0.113.255', true],
    ['IPv4 CIDR, just outside', ['203.0.113.0/24'], '203.0.114.0', false],
    ['IPv4 /8', ['10.0.0.0/8'], '10.255.255.255', true],
    ['IPv4 /32', ['203.0.113.5/32'], '203.0.113.5', true],
    ['un-normalised CIDR entry', ['203.0.113.77/24'], '203.0.113.1', true],
    ['0.0.0.0/0 holds every IPv4', ['0.0.0.0/0'], '198.51.100.4', true],
    ['exact IPv6 address, other spelling', ['2001:db8::1'], '2001:0DB8:0000::0001', true],
    ['IPv6 CIDR', ['2001:db8::/32'], '2001:db8:1::5', true],
    ['IPv6 CIDR, just outside', ['2001:db8::/32'], '2001:db9::1', false],
    ['IPv6 with zone id', ['fe80::/10'], 'fe80::1%eth0', true],
    ['IPv4-mapped source in an IPv4 range', ['203.0.113.0/24'], '::ffff:203.0.113.5', true],
    ['IPv4-mapped source, hex spelling', ['203.0.113.0/24'], '::ffff:cb00:7105', true],
    ['IPv4-mapped source, exact address', ['203.0.113.5'], '::ffff:203.0.113.5', true],
    ['IPv4-mapped source outside the range', ['203.0.113.0/24'], '::ffff:198.51.100.4', false],
    ['IPv4 source never matches ::/0', ['::/0'], '203.0.113.5', false],
    ['IPv4-mapped source is IPv4, so not in ::/0', ['::/0'], '::ffff:203.0.113.5', false],
    ['IPv4-mapped entry is an IPv6 entry', ['::ffff:203.0.113.5'], '203.0.113.5', false],
    ['IPv6 source never matches 0.0.0.0/0', ['0.0.0.0/0'], '2001:db8::1', false],
    ['mixed list, IPv4 source', ['2001:db8::/32', '203.0.113.0/24'], '203.0.113.9', true],
    ['mixed list, IPv6 source', ['203.0.113.0/24', '2001:db8::/32'], '2001:db8::9', true],
    ['mixed list, neither', ['203.0.113.0/24', '2001:db8::/32'], '198.51.100.4', false],
    ['unreadable entries are skipped', ['nonsense', '203.0.113.5'], '203.0.113.5', true],
    ['only unreadable entries allow nobody', ['nonsense'], '203.0.113.5', false],
    ['source with spaces around it', ['203.0.113.5'], ' 203.0.113.5 ', true],
    ['unreadable source', ['0.0.0.0/0', '::/0'], 'not-an-ip', false],
    ['empty source', ['0.0.0.0/0'], '', false],
    ['short IPv4 form is not read', ['0.0.0.0/0'], '203.113.5', false],
    ['source given as CIDR is not an address', ['0.0.0.0/0'], '203.0.113.5/32', false],
  ];
  it.each(cases)('%s', (_, list, source, expected) => {
    expect(ipAllowed(list, source)).toBe(expected);
  });
});

describe('ipEntriesOverlap', () => {
  const cases: [string, string, boolean][] = [
    ['203.0.113.0/24', '203.0.113.5', true],
    ['203.0.113.5', '203.0.113.0/24', true],
    ['203.0.113.0/24', '203.0.113.0/25', true],
    ['203.0.113.0/25', '203.0.113.128/25', false],
    ['10.0.0.0/8', '10.1.0.0/16', true],
    ['10.1.0.0/16', '10.0.0.0/8', true],
    ['10.0.0.0/8', '11.0.0.0/8', false],
    ['203.0.113.5', '203.0.113.5', true],
    ['203.0.113.5', '203.0.113.6', false],
    ['2001:db8::/32', '2001:db8:ffff::/48', true],
    ['2001:db8::/32', '2001:db9::/32', false],
    ['2001:db8::1', '2001:0db8::0001', true],
    ['0.0.0.0/0', '::/0', false],
    ['::ffff:203.0.113.5', '203.0.113.5', false],
    ['nonsense', '203.0.113.5', false],
  ];
  it.each(cases)('%s and %s → %s', (a, b, expected) => {
    expect(ipEntriesOverlap(a, b)).toBe(expected);
  });
});

describe('isReadableIp', () => {
  it.each([
    ['203.0.113.5', true],
    ['::ffff:203.0.113.5', true],
    ['2001:db8::1', true],
    ['203.0.113.256', false],
    ['', false],
  ])('%s → %s', (ip, expected) => {
    expect(isReadableIp(ip)).toBe(expected);
  });
});
