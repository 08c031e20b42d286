import { describe, expect, it } from 'vitest';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { trustUpdateBody } from './requests';
import { expiryZoneOf, trustFormDefaults } from './trust-form';
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
        // The schedule is in UTC, and so is the instant: the expiry reopens in UTC.
        valid_until: { local: '2026-01-01T00:00', zone: 'UTC' },
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

describe('expiryZoneOf', () => {
  const viewer = 'Europe/Berlin';

  it('reopens an expiry in the schedule’s zone when the offset says it was written there', () => {
    expect(expiryZoneOf('2026-08-31T18:00:00+05:30', 'Asia/Kolkata', viewer)).toBe('Asia/Kolkata');
    expect(expiryZoneOf('2026-08-31T18:00:00+05:30', 'Asia/Calcutta', viewer)).toBe(
      'Asia/Calcutta',
    );
  });

  it('also when the API gave the instant back in UTC, which tells nothing of the zone', () => {
    expect(expiryZoneOf('2026-08-31T12:30:00+00:00', 'Asia/Kolkata', viewer)).toBe('Asia/Kolkata');
    expect(expiryZoneOf('2026-08-31T12:30:00Z', 'Asia/Kolkata', viewer)).toBe('Asia/Kolkata');
  });

  it('uses the viewer’s zone when another offset was given, or the trust has no schedule', () => {
    expect(expiryZoneOf('2026-08-31T18:00:00+02:00', 'Asia/Kolkata', viewer)).toBe(viewer);
    expect(expiryZoneOf('2026-08-31T18:00:00+05:30', undefined, viewer)).toBe(viewer);
    expect(expiryZoneOf('', 'Asia/Kolkata', viewer)).toBe(viewer);
    expect(expiryZoneOf('not a time', 'Asia/Kolkata', viewer)).toBe(viewer);
  });

  it('keeps 18:00 Asia/Kolkata at 18:00 Asia/Kolkata when an edited trust reopens', () => {
    const kolkata: RoleTrust = {
      ...trust,
      conditions: { time_of_day: { timezone: 'Asia/Kolkata', start: 9, end: 17 }, ip_address: [] },
      // 18:00 in Kolkata, as an API that keeps UTC gives it back.
      valid_until: '2026-08-31T12:30:00+00:00',
    };
    expect(trustFormDefaults(kolkata, viewer).trust.valid_until).toEqual({
      local: '2026-08-31T18:00',
      zone: 'Asia/Kolkata',
    });
    // Without a schedule the viewer's zone shows the same instant.
    const always = { ...kolkata, conditions: { ip_address: [] } };
    expect(trustFormDefaults(always, viewer).trust.valid_until).toEqual({
      local: '2026-08-31T14:30',
      zone: viewer,
    });
  });
});
