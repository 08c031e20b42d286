import type { RoleTrust } from '../../../shared/schemas/role-trust';

let serial = 0;

/** For tests: a trust as the API reads it, naming nobody until `over` says whom. */
export function trustFixture(over: Partial<RoleTrust> = {}): RoleTrust {
  serial += 1;
  return {
    id: `eeeeeeee-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    role_id: '',
    role_name: '',
    trust_type: 'TemporaryAssumption',
    trusted_user_id: '',
    user_display: '',
    trusted_group_id: '',
    group_display: '',
    trusted_oidc_issuer_id: '',
    issuer_display: '',
    conditions: { ip_address: [] },
    valid_until: '',
    date_created: '2026-01-01T00:00:00+00:00',
    ...over,
  };
}
