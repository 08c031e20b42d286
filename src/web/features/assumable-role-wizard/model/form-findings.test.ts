import { describe, expect, it } from 'vitest';
import { draftTrust, formFindings } from './form-findings';
import { wizardDefaults } from './wizard-schema';
import type { TrustFormInput } from './wizard-schema';

const ISSUER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const now = new Date('2026-03-02T10:00:00Z');
const context = {
  now,
  viewerZone: 'Europe/Berlin',
  issuerName: (id: string) => (id === ISSUER ? 'GitHub Actions' : ''),
};

function form(change: (f: TrustFormInput) => void): TrustFormInput {
  const { trust, schedule, ip_address } = wizardDefaults('Europe/Berlin');
  const f = { trust: { ...trust }, schedule: { ...schedule }, ip_address: [...ip_address] };
  change(f);
  return f;
}

const oidc = form((f) => {
  f.trust.kind = 'oidc';
  f.trust.entity_id = ISSUER;
  f.trust.trust_type = 'FederatedAssumption';
});

describe('formFindings', () => {
  it('warns that any token of the issuer gets in when no IP restriction is set, naming the issuer', () => {
    const findings = formFindings(oidc, '', context);
    expect(findings.map((f) => f.id)).toEqual(['oidc-any-token']);
    expect(findings[0]!.message).toMatch(/^Any token GitHub Actions signs can assume this role/);
  });

  it('counts a valid entry still typed in the box, as Next and Save will add it', () => {
    expect(formFindings(oidc, '203.0.113.0/24', context)).toEqual([]);
    // Text that cannot be added does not count.
    expect(formFindings(oidc, '203.0.113', context).map((f) => f.id)).toEqual(['oidc-any-token']);
  });

  it('warns about 0.0.0.0/0', () => {
    const open = form((f) => {
      f.ip_address = ['0.0.0.0/0'];
    });
    expect(formFindings(open, '', context).map((f) => f.id)).toEqual(['ip-any-address']);
  });

  it('reads a half-filled form: the kind without an entity, the schedule of its mode', () => {
    const draft = draftTrust(
      form((f) => {
        f.trust.kind = 'group';
        f.schedule.mode = 'days';
        f.schedule.days_of_week = [];
        f.trust.valid_until = { local: '2026-03-02T12:00', zone: 'UTC' };
      }),
    );
    expect(draft).toEqual({
      trust_type: 'TemporaryAssumption',
      trusted_group_id: '',
      conditions: {
        time_of_day: { timezone: 'Europe/Berlin', days_of_week: [] },
        ip_address: [],
      },
      valid_until: '2026-03-02T12:00:00Z',
    });
    expect(
      formFindings(
        form((f) => {
          f.schedule.mode = 'days';
          f.schedule.days_of_week = [];
        }),
        '',
        context,
      ).map((f) => f.id),
    ).toContain('schedule-never-opens');
  });
});
