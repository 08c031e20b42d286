import { describe, expect, it } from 'vitest';
import {
  commitPendingIp,
  invalidEntries,
  invalidEntryMessage,
  pendingIpMessage,
} from './pending-ip';

describe('commitPendingIp', () => {
  it('adds what is typed, normalised, after the list', () => {
    expect(commitPendingIp(' 203.0.113.7/24 ', ['198.51.100.1'])).toEqual({
      ok: true,
      list: ['198.51.100.1', '203.0.113.0/24'],
      added: ['203.0.113.0/24'],
    });
    expect(commitPendingIp('10.0.0.1, 2001:DB8::1', [])).toEqual({
      ok: true,
      list: ['10.0.0.1', '2001:db8::1'],
      added: ['10.0.0.1', '2001:db8::1'],
    });
  });

  it('leaves the list as it is when nothing is typed', () => {
    expect(commitPendingIp('  ', ['10.0.0.1'])).toEqual({
      ok: true,
      list: ['10.0.0.1'],
      added: [],
    });
  });

  it('names the first entry that cannot join, and why', () => {
    expect(commitPendingIp('10.0.0.1 203.0.113', [])).toEqual({
      ok: false,
      entry: '203.0.113',
      message: '"203.0.113" is not a valid IPv4 or IPv6 address.',
    });
    expect(commitPendingIp('10.0.0.5', ['10.0.0.0/24'])).toMatchObject({
      ok: false,
      entry: '10.0.0.5',
    });
  });

  it('words a blocked Next or Save', () => {
    expect(pendingIpMessage('203.0.113', '"203.0.113" is not a valid IPv4 or IPv6 address.')).toBe(
      '“203.0.113” is typed in the box but not added: "203.0.113" is not a valid IPv4 or IPv6 address. Fix it or clear the box.',
    );
  });
});

describe('invalidEntries', () => {
  it('marks entries the API would refuse, by index, with the reason', () => {
    const problems = invalidEntries(['203.0.113.0/24', '2001:db8:acme::/48', '203.0.113.9/24']);
    expect([...problems]).toEqual([
      [1, '"2001:db8:acme::/48" is not a valid IPv4 or IPv6 CIDR range.'],
      [2, '203.0.113.9/24 repeats an entry already in the list.'],
    ]);
    expect(invalidEntryMessage('2001:db8:acme::/48', problems.get(1)!)).toBe(
      'Fix or remove 2001:db8:acme::/48 in IP Access Restrictions: "2001:db8:acme::/48" is not a valid IPv4 or IPv6 CIDR range.',
    );
  });

  it('finds nothing in a clean list', () => {
    expect(invalidEntries(['10.0.0.1', '2001:db8::/32']).size).toBe(0);
  });
});
