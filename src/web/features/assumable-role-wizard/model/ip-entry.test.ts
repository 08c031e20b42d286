import { describe, expect, it } from 'vitest';
import { checkIpEntry, splitEntries } from './ip-entry';

describe('checkIpEntry', () => {
  it('accepts addresses and ranges, saying when it stores a normalised form', () => {
    expect(checkIpEntry('203.0.113.0/24', [])).toEqual({
      ok: true,
      normalized: '203.0.113.0/24',
      note: null,
    });
    expect(checkIpEntry(' 203.0.113.7/24 ', [])).toEqual({
      ok: true,
      normalized: '203.0.113.0/24',
      note: 'Added as 203.0.113.0/24.',
    });
    expect(checkIpEntry('2001:DB8::1', [])).toMatchObject({ ok: true, normalized: '2001:db8::1' });
  });

  it('says why an entry is refused: invalid, duplicate, inside or around another', () => {
    const list = ['203.0.113.0/24', '2001:db8::/32'];
    const message = (text: string) => {
      const check = checkIpEntry(text, list);
      return check.ok ? null : check.message;
    };
    expect(message('203.0.113')).toBe('"203.0.113" is not a valid IPv4 or IPv6 address.');
    expect(message('10.0.0.0/33')).toBe('"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR range.');
    expect(message('203.0.113.9/24')).toBe('203.0.113.0/24 is already in the list.');
    expect(message('203.0.113.5')).toBe(
      '203.0.113.5 lies within 203.0.113.0/24, already in the list.',
    );
    expect(message('203.0.0.0/16')).toBe(
      '203.0.0.0/16 contains 203.0.113.0/24, already in the list; remove that entry first.',
    );
    expect(message('2001:db8:1::/48')).toBe(
      '2001:db8:1::/48 lies within 2001:db8::/32, already in the list.',
    );
    // Families never overlap.
    expect(message('::ffff:203.0.113.5')).toBeNull();
  });

  it('refuses a 101st entry', () => {
    const full = Array.from({ length: 100 }, (_, i) => `10.0.${i}.1`);
    expect(checkIpEntry('10.1.0.1', full)).toEqual({
      ok: false,
      message: 'The list holds at most 100 entries.',
    });
  });
});

describe('splitEntries', () => {
  it('splits at commas and white space', () => {
    expect(splitEntries(' 10.0.0.1, 10.0.0.2\n2001:db8::1 ,,')).toEqual([
      '10.0.0.1',
      '10.0.0.2',
      '2001:db8::1',
    ]);
  });
});
