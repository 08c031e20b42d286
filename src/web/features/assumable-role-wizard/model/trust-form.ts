import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { scheduleOf } from './schedule-modes';
import { validUntilFromIso } from './valid-until';
import type { EntityKind, TrustFormInput } from './wizard-schema';

/** The entity kind and id a stored trust names. */
export function entityOf(trust: RoleTrust): { kind: EntityKind; id: string } {
  if (trust.trusted_user_id) return { kind: 'user', id: trust.trusted_user_id };
  if (trust.trusted_group_id) return { kind: 'group', id: trust.trusted_group_id };
  return { kind: 'oidc', id: trust.trusted_oidc_issuer_id };
}

/** The editor's starting values: the trust as it is, its expiry shown in the viewer's zone. */
export function trustFormDefaults(trust: RoleTrust, zone: string): TrustFormInput {
  const entity = entityOf(trust);
  return {
    trust: {
      kind: entity.kind,
      entity_id: entity.id,
      trust_type: trust.trust_type,
      valid_until: validUntilFromIso(trust.valid_until, zone),
    },
    schedule: scheduleOf(trust.conditions.time_of_day, zone),
    ip_address: [...trust.conditions.ip_address],
  };
}
