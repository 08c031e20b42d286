import type { RoleTrust } from '../../../../../shared/schemas/role-trust';

export interface TrustedEntity {
  kind: 'User' | 'Group' | 'OIDC Issuer';
  id: string;
  name: string;
}

/** The one principal a trust names, with the display name the API sends along. */
export function entityOf(trust: RoleTrust): TrustedEntity {
  if (trust.trusted_user_id) {
    return {
      kind: 'User',
      id: trust.trusted_user_id,
      name: trust.user_display || trust.trusted_user_id,
    };
  }
  if (trust.trusted_group_id) {
    return {
      kind: 'Group',
      id: trust.trusted_group_id,
      name: trust.group_display || trust.trusted_group_id,
    };
  }
  return {
    kind: 'OIDC Issuer',
    id: trust.trusted_oidc_issuer_id,
    name: trust.issuer_display || trust.trusted_oidc_issuer_id,
  };
}
