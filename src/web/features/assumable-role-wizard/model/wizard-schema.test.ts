import { describe, expect, it } from 'vitest';
import type { WizardInput } from './wizard-schema';
import { trustFormSchema, wizardDefaults, wizardSchema } from './wizard-schema';

const NOW = new Date('2026-06-15T10:00:00Z');
const USER = '3f2b8a52-6a6e-4c8e-9a55-0f6a1a0b7c11';
const schema = wizardSchema({ now: () => NOW });

function filled(patch: (v: WizardInput) => void = () => undefined): WizardInput {
  const v = wizardDefaults('Europe/Berlin');
  v.role.name = 'On-call';
  v.trust.entity_id = USER;
  patch(v);
  return v;
}

/** The messages of the issues under one top-level key, as "path: message". */
function issuesOf(input: WizardInput, key: keyof WizardInput) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues
    .filter((i) => i.path[0] === key)
    .map((i) => `${i.path.slice(1).join('.')}: ${i.message}`);
}

describe('wizardSchema', () => {
  it('holds the defaults to the shared rules: a name and an entity are needed', () => {
    const empty = wizardDefaults('Europe/Berlin');
    expect(issuesOf(empty, 'role')).toEqual(['name: must be between 1 and 100 characters']);
    expect(issuesOf(empty, 'trust')).toEqual(['entity_id: is required']);
    expect(issuesOf(empty, 'schedule')).toEqual([]);
    expect(schema.parse(filled()).role).toEqual({
      name: 'On-call',
      description: '',
      role_type: 'assumable',
      max_session_duration: 3600,
    });
  });

  it('judges the session duration with the role schema', () => {
    const input = filled((v) => (v.role.max_session_duration = 600));
    expect(issuesOf(input, 'role')).toEqual([
      'max_session_duration: must be between 900 and 43200',
    ]);
  });

  it('refuses an expiry in the past and a date that does not read, and accepts a future one', () => {
    const at = (local: string) =>
      filled((v) => (v.trust.valid_until = { local, zone: 'Europe/Berlin' }));
    // 12:00 in Berlin is 10:00 UTC in June: exactly now, so already past.
    expect(issuesOf(at('2026-06-15T12:00'), 'trust')).toEqual([
      'valid_until.local: must be in the future',
    ]);
    expect(issuesOf(at('2026-06-15T12:01'), 'trust')).toEqual([]);
    expect(issuesOf(at('2026-02-30T12:00'), 'trust')).toEqual([
      'valid_until.local: must be a date and time',
    ]);
  });

  it('lets an edited trust keep an expiry that has passed, but not set a new past one', () => {
    const kept = { local: '2026-01-01T00:00', zone: 'UTC' };
    const edit = trustFormSchema({ now: () => NOW, keptValidUntil: kept });
    const input = filled((v) => (v.trust.valid_until = kept));
    expect(edit.safeParse(input).success).toBe(true);
    input.trust.valid_until = { local: '2026-01-02T00:00', zone: 'UTC' };
    expect(edit.safeParse(input).success).toBe(false);
  });

  it('checks only the fields the schedule mode uses, with the shared time_of_day rules', () => {
    const schedule = (patch: Partial<WizardInput['schedule']>) =>
      filled((v) => Object.assign(v.schedule, patch));
    expect(
      issuesOf(schedule({ mode: 'always', start: 5, end: 5, days_of_week: [] }), 'schedule'),
    ).toEqual([]);
    expect(issuesOf(schedule({ mode: 'times', start: 5, end: 5 }), 'schedule')).toEqual([
      'end: must differ from start',
    ]);
    expect(issuesOf(schedule({ mode: 'days', days_of_week: [] }), 'schedule')).toEqual([
      'days_of_week: must name at least one day',
    ]);
    expect(issuesOf(schedule({ mode: 'days', start: 5, end: 5 }), 'schedule')).toEqual([]);
    expect(issuesOf(schedule({ mode: 'times', timezone: 'Mars/Olympus' }), 'schedule')).toEqual([
      'timezone: must be an IANA time zone name such as Europe/Berlin, or utc',
    ]);
  });

  it('normalises the IP allow-list and refuses duplicates, as the API does', () => {
    const input = filled((v) => (v.ip_address = ['203.0.113.7/24', '2001:DB8::1']));
    expect(schema.parse(input).ip_address).toEqual(['203.0.113.0/24', '2001:db8::1']);
    const twice = filled((v) => (v.ip_address = ['203.0.113.0/24', '203.0.113.9/24']));
    expect(issuesOf(twice, 'ip_address')).toEqual(['1: duplicates entry 0 (203.0.113.0/24)']);
  });
});
