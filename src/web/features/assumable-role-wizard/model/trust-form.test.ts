import { describe, expect, it } from 'vitest';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { trustUpdateBody } from './requests';
import { trustFormDefaults } from './trust-form';
import { trustFormSchema } from './wizard-schema';

const trust: RoleTrust = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  role_id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  role_name: 'Nightly Batch',
  trust_type: 'IAMAssumption',
  trusted_user_id: '',
  user_display: '',
  trusted_group_id: '',
  group_display: '',
  trusted_oidc_issuer_id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  issuer_display: 'Development issuer',
  conditions: {
    time_of_day: { timezone: 'utc', start: 22, end: 6 },
    ip_address: ['198.51.100.0/24'],
  },
  valid_until: '2026-01-01T00:00:00+00:00',
  date_created: '2025-12-01T00:00:00+00:00',
};

describe('trustFormDefaults', () => {
  it('reads a stored trust into the editor and, unchanged, writes the same trust back', () => {
    const defaults = trustFormDefaults(trust, 'Europe/Berlin');
    expect(defaults).toEqual({
      trust: {
        kind: 'oidc',
        entity_id: trust.trusted_oidc_issuer_id,
        trust_type: 'IAMAssumption',
        valid_until: { local: '2026-01-01T01:00', zone: 'Europe/Berlin' },
      },
      schedule: {
        mode: 'times',
        start: 22,
        end: 6,
        timezone: 'UTC',
        days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      },
      ip_address: ['198.51.100.0/24'],
    });
    // The expiry has passed, yet an edit that keeps it is valid and leaves it out of the PUT.
    const kept = defaults.trust.valid_until;
    const schema = trustFormSchema({
      now: () => new Date('2026-06-01T00:00Z'),
      keptValidUntil: kept,
    });
    const body = trustUpdateBody(schema.parse(defaults), kept);
    expect(body).toEqual({
      trust_type: 'IAMAssumption',
      trusted_oidc_issuer_id: trust.trusted_oidc_issuer_id,
      conditions: {
        time_of_day: { timezone: 'UTC', start: 22, end: 6 },
        ip_address: ['198.51.100.0/24'],
      },
    });
  });

  it('reads each time_of_day shape as its schedule mode', () => {
    const mode = (time_of_day: RoleTrust['conditions']['time_of_day']) =>
      trustFormDefaults({ ...trust, conditions: { time_of_day, ip_address: [] } }, 'UTC').schedule
        .mode;
    expect(mode(undefined)).toBe('always');
    expect(mode({ timezone: 'utc', start: 1, end: 2 })).toBe('times');
    expect(mode({ timezone: 'utc', days_of_week: ['monday'] })).toBe('days');
    expect(mode({ timezone: 'utc', days_of_week: ['monday'], start: 1, end: 2 })).toBe(
      'days_times',
    );
  });
});
