import { describe, expect, it } from 'vitest';
import { reviewFacts } from './plain-words';
import { wizardDefaults, wizardSchema } from './wizard-schema';

const NOW = new Date('2026-06-15T10:00:00Z');

describe('reviewFacts', () => {
  it('says the role and its trust in plain words', () => {
    const input = wizardDefaults('Europe/Berlin');
    input.role = { ...input.role, name: 'Weekday on-call', max_session_duration: 7200 };
    input.trust = {
      kind: 'group',
      entity_id: '0b6f3c1e-2f6d-4b8f-9d0c-5a1e2b3c4d5e',
      trust_type: 'TemporaryAssumption',
      valid_until: { local: '2026-07-31T23:59', zone: 'Europe/Berlin' },
    };
    input.schedule = { ...input.schedule, mode: 'days_times', start: 9, end: 17 };
    input.ip_address = ['203.0.113.0/24'];
    const values = wizardSchema({ now: () => NOW }).parse(input);
    const facts = reviewFacts(
      values,
      { entity: 'On-call (3 members)', policies: ['ReadOnlyAccess', 'ComputeOperator'] },
      NOW,
    );
    expect(Object.fromEntries(facts.map((f) => [f.term, f.text]))).toEqual({
      Role: 'Weekday on-call, an assumable role with no description.',
      'Maximum session duration': 'Sessions last at most 2 hours.',
      'Trusted entity': 'Group On-call (3 members) may assume it.',
      'Trust type':
        'TemporaryAssumption: The trusted entity calls the assume endpoint explicitly; the session it gets becomes the principal.',
      Schedule: 'Weekdays 09:00–17:00 Europe/Berlin.',
      'IP Access Restrictions': 'Only from 203.0.113.0/24.',
      'Valid until': 'Until Jul 31, 2026, 11:59 PM in Europe/Berlin (in 1 month).',
      'Permission Policies': '2 policies: ReadOnlyAccess and ComputeOperator.',
    });
  });

  it('says what an empty allow-list, no expiry and no policies mean', () => {
    const input = wizardDefaults('UTC');
    input.role.name = 'Open';
    input.trust.entity_id = '0b6f3c1e-2f6d-4b8f-9d0c-5a1e2b3c4d5e';
    const values = wizardSchema({ now: () => NOW }).parse(input);
    const text = reviewFacts(values, { entity: undefined, policies: [] }, NOW).map((f) => f.text);
    expect(text).toContain('Always.');
    expect(text).toContain('None: it can be assumed from any IP address.');
    expect(text).toContain('No expiry: the trust works until it is deleted.');
    expect(text).toContain(
      'None: sessions of this role may do nothing until a policy is attached.',
    );
  });
});
