import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeZodError } from './common';
import { roleTrustCreateSchema, roleTrustUpdateSchema } from './role-trust';

const ROLE = '6f1c2a8e-4b3d-4c5e-9f70-1a2b3c4d5e6f';
const USER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const GROUP = '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const base = { role_id: ROLE, trust_type: 'TemporaryAssumption', trusted_user_id: USER };

function error(input: unknown, schema: z.ZodType = roleTrustCreateSchema) {
  const r = schema.safeParse(input);
  return r.success ? null : describeZodError(r.error, input);
}

describe('roleTrustCreateSchema', () => {
  it('fills defaults: no schedule, any IP, no expiry', () => {
    expect(roleTrustCreateSchema.parse(base)).toEqual({
      ...base,
      conditions: { ip_address: [] },
    });
  });

  it('normalises addresses and ranges', () => {
    const parsed = roleTrustCreateSchema.parse({
      ...base,
      conditions: {
        ip_address: [' 203.0.113.10 ', '203.0.113.77/24', '2001:DB8:0:0::1', '2001:db8::/32'],
      },
    });
    expect(parsed.conditions.ip_address).toEqual([
      '203.0.113.10',
      '203.0.113.0/24',
      '2001:db8::1',
      '2001:db8::/32',
    ]);
  });

  it('keeps time zone names exactly as sent', () => {
    const parse = (timezone: string) =>
      roleTrustCreateSchema.parse({ ...base, conditions: { time_of_day: { timezone } } }).conditions
        .time_of_day?.timezone;
    expect(parse('utc')).toBe('utc');
    expect(parse('UTC')).toBe('UTC');
    expect(parse('Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(parse('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(parse('America/New_York')).toBe('America/New_York');
    expect(() => parse('Mars/Olympus')).toThrow();
  });

  it.each([
    [
      { ...base, trust_type: 'Forever' },
      'trust_type must be one of TemporaryAssumption, IAMAssumption, FederatedAssumption',
    ],
    [
      { role_id: ROLE, trust_type: 'IAMAssumption' },
      'trusted_user_id exactly one of trusted_user_id, trusted_group_id, trusted_oidc_issuer_id must be given',
    ],
    [
      { ...base, trusted_group_id: GROUP },
      'trusted_user_id exactly one of trusted_user_id, trusted_group_id, trusted_oidc_issuer_id must be given',
    ],
    [{ ...base, role_id: 'nope' }, 'role_id must be a UUID'],
    [
      { ...base, conditions: { time_of_day: { timezone: 'Mars/Olympus' } } },
      'conditions.time_of_day.timezone must be an IANA time zone name such as Europe/Berlin, or utc',
    ],
    [
      { ...base, conditions: { time_of_day: { timezone: '+02:00' } } },
      'conditions.time_of_day.timezone must be an IANA time zone name such as Europe/Berlin, or utc',
    ],
    [
      { ...base, conditions: { time_of_day: { start: 9 } } },
      'conditions.time_of_day.end must be given together with start and end (both or neither)',
    ],
    [
      { ...base, conditions: { time_of_day: { end: 9 } } },
      'conditions.time_of_day.start must be given together with start and end (both or neither)',
    ],
    [
      { ...base, conditions: { time_of_day: { start: 9, end: 9 } } },
      'conditions.time_of_day.end must differ from start',
    ],
    [
      { ...base, conditions: { time_of_day: { start: 24, end: 9 } } },
      'conditions.time_of_day.start must be between 0 and 23',
    ],
    [
      { ...base, conditions: { time_of_day: { start: 1, end: 0 } } },
      'conditions.time_of_day.end must be between 1 and 24',
    ],
    [
      { ...base, conditions: { time_of_day: { start: 1.5, end: 3 } } },
      'conditions.time_of_day.start must be an integer',
    ],
    [
      { ...base, conditions: { time_of_day: { days_of_week: ['monday', 'monday'] } } },
      'conditions.time_of_day.days_of_week must not repeat a day',
    ],
    [
      { ...base, conditions: { time_of_day: { days_of_week: ['Monday'] } } },
      'conditions.time_of_day.days_of_week.0 must be a lower-case English day name (monday … sunday)',
    ],
    [
      { ...base, conditions: { time_of_day: { days_of_week: [] } } },
      'conditions.time_of_day.days_of_week must name at least one day',
    ],
    [
      { ...base, conditions: { ip_address: ['10.0.0.300'] } },
      'conditions.ip_address.0 "10.0.0.300" is not a valid IPv4 or IPv6 address',
    ],
    [
      { ...base, conditions: { ip_address: ['10.0.0.0/33'] } },
      'conditions.ip_address.0 "10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR range',
    ],
    [
      { ...base, conditions: { ip_address: ['1'] } },
      'conditions.ip_address.0 "1" is not a valid IPv4 or IPv6 address',
    ],
    [
      { ...base, conditions: { ip_address: ['203.0.113.0/24', '203.0.113.9/24'] } },
      'conditions.ip_address.1 duplicates entry 0 (203.0.113.0/24)',
    ],
    [
      { ...base, conditions: { ip_address: '1.2.3.4' } },
      'conditions.ip_address must be an array of addresses',
    ],
    [
      { ...base, valid_until: '2026-12-31T23:59:59' },
      'valid_until must be an ISO-8601 timestamp with an offset, such as 2026-12-31T23:59:59+00:00',
    ],
  ])('rejects %o', (input, message) => {
    expect(error(input)).toBe(message);
  });

  it('accepts each schedule mode of the console', () => {
    const modes = [
      undefined,
      { timezone: 'Europe/Berlin', start: 9, end: 17 },
      { timezone: 'Europe/Berlin', days_of_week: ['saturday', 'sunday'] },
      { timezone: 'Europe/Berlin', days_of_week: ['monday'], start: 22, end: 6 },
    ];
    for (const time_of_day of modes) {
      expect(error({ ...base, conditions: { time_of_day } })).toBeNull();
    }
  });
});

describe('roleTrustUpdateSchema', () => {
  it('allows an empty update and clearing the expiry', () => {
    expect(roleTrustUpdateSchema.parse({})).toEqual({});
    expect(roleTrustUpdateSchema.parse({ valid_until: '' })).toEqual({ valid_until: null });
  });
  it('refuses two principals', () => {
    expect(
      error({ trusted_user_id: USER, trusted_group_id: GROUP }, roleTrustUpdateSchema),
    ).toMatch(/exactly one/);
  });
});
