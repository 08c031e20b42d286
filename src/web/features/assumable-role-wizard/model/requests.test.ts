import { describe, expect, it } from 'vitest';
import {
  roleTrustCreateSchema,
  roleTrustUpdateSchema,
} from '../../../../shared/schemas/role-trust';
import {
  NEW_ROLE_ID,
  plannedRequests,
  removesExpiry,
  trustCreateBody,
  trustUpdateBody,
} from './requests';
import type { ScheduleMode } from './schedule-modes';
import type { WizardValues } from './wizard-schema';
import { wizardDefaults, wizardSchema } from './wizard-schema';

const GROUP = '0b6f3c1e-2f6d-4b8f-9d0c-5a1e2b3c4d5e';
const ROLE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const POLICIES = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

function values(mode: ScheduleMode, patch: Partial<WizardValues['trust']> = {}): WizardValues {
  const input = wizardDefaults('Europe/Berlin');
  input.role = { ...input.role, name: 'Weekday on-call', description: 'Pager duty' };
  input.trust = { ...input.trust, kind: 'group', entity_id: GROUP, ...patch };
  input.schedule = { ...input.schedule, mode, start: 9, end: 17 };
  input.ip_address = ['203.0.113.0/24'];
  input.policy_ids = POLICIES;
  return wizardSchema({ now: () => new Date('2026-06-15T10:00:00Z') }).parse(input);
}

describe('trustCreateBody', () => {
  it('maps each schedule mode to the time_of_day shape of spec §3', () => {
    const timeOfDay = (mode: ScheduleMode) =>
      trustCreateBody(values(mode), ROLE).conditions?.time_of_day;
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
    expect(timeOfDay('always')).toBeUndefined();
    expect(timeOfDay('times')).toEqual({ timezone: 'Europe/Berlin', start: 9, end: 17 });
    expect(timeOfDay('days')).toEqual({ timezone: 'Europe/Berlin', days_of_week: weekdays });
    expect(timeOfDay('days_times')).toEqual({
      timezone: 'Europe/Berlin',
      days_of_week: weekdays,
      start: 9,
      end: 17,
    });
  });

  it('names exactly one principal and gives valid_until with its offset, as the API takes it', () => {
    const body = trustCreateBody(
      values('days_times', { valid_until: { local: '2026-07-31T23:59', zone: 'Europe/Berlin' } }),
      ROLE,
    );
    expect(body).toEqual({
      role_id: ROLE,
      trust_type: 'TemporaryAssumption',
      trusted_group_id: GROUP,
      conditions: {
        time_of_day: {
          timezone: 'Europe/Berlin',
          days_of_week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          start: 9,
          end: 17,
        },
        ip_address: ['203.0.113.0/24'],
      },
      valid_until: '2026-07-31T23:59:00+02:00',
    });
    expect(roleTrustCreateSchema.safeParse(body).success).toBe(true);
    expect('valid_until' in trustCreateBody(values('always'), ROLE)).toBe(false);
  });
});

describe('plannedRequests', () => {
  it('lists the role, each policy attachment and the trust, with a placeholder for the new id', () => {
    const names = new Map([[POLICIES[0]!, 'ReadOnlyAccess']]);
    const planned = plannedRequests(values('always'), names);
    expect(planned.map((r) => `${r.method} ${r.path} (${r.what})`)).toEqual([
      'POST /v2/roles (creating the role)',
      `POST /v2/roles/${NEW_ROLE_ID}/policies/${POLICIES[0]} (attaching policy ReadOnlyAccess)`,
      `POST /v2/roles/${NEW_ROLE_ID}/policies/${POLICIES[1]} (attaching policy ${POLICIES[1]})`,
      'POST /v2/role-trusts (creating the trust)',
    ]);
    expect(planned[0]?.body).toEqual({
      name: 'Weekday on-call',
      description: 'Pager duty',
      role_type: 'assumable',
      max_session_duration: 3600,
    });
    expect(planned.at(-1)?.body).toMatchObject({ role_id: NEW_ROLE_ID });
    expect(plannedRequests(values('always'), names, ROLE)[1]?.path).toBe(
      `/v2/roles/${ROLE}/policies/${POLICIES[0]}`,
    );
  });
});

describe('trustUpdateBody', () => {
  it('sends valid_until only when it changed to a new instant, never null', () => {
    const kept = { local: '2026-07-31T23:59', zone: 'Europe/Berlin' };
    const same = values('times', { valid_until: kept });
    expect('valid_until' in trustUpdateBody(same, kept)).toBe(false);
    // Vultr's clients send a string or nothing: a removed expiry is left out, and read back.
    const cleared = values('times', { valid_until: { local: '', zone: 'Europe/Berlin' } });
    expect('valid_until' in trustUpdateBody(cleared, kept)).toBe(false);
    expect(removesExpiry(cleared.trust.valid_until, kept)).toBe(true);
    expect(removesExpiry(same.trust.valid_until, kept)).toBe(false);
    const body = trustUpdateBody(
      values('times', { valid_until: { local: '2026-08-01T08:00', zone: 'UTC' } }),
      kept,
    );
    expect(body).toMatchObject({
      trust_type: 'TemporaryAssumption',
      trusted_group_id: GROUP,
      valid_until: '2026-08-01T08:00:00Z',
    });
    expect(roleTrustUpdateSchema.safeParse(body).success).toBe(true);
  });
});
