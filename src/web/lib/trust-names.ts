import type { RoleTrust } from '../../shared/schemas/role-trust';
import { issuerLabel } from './issuer-label';

/**
 * Names for what a trust points at. Vultr's trusts carry `user_display` and `group_display` (which
 * may be empty) but no issuer name (`issuer_display` is the emulator's, [E]), and `role_id` only in
 * some shapes (govultr's has `role_name` alone). The organization's lists fill the gaps.
 */
export interface Directory {
  users?: readonly { id: string; name: string; email: string }[] | undefined;
  groups?: readonly { id: string; display_name: string }[] | undefined;
  issuers?: readonly { id: string; uri: string; display_name?: string }[] | undefined;
}

export interface TrustedEntity {
  kind: 'User' | 'Group' | 'OIDC Issuer';
  id: string;
  name: string;
}

/** The one principal a trust names: the name the trust sends, else the directory's, else the id. */
export function trustedEntity(trust: RoleTrust, directory: Directory = {}): TrustedEntity {
  if (trust.trusted_user_id) {
    const id = trust.trusted_user_id;
    const user = directory.users?.find((u) => u.id === id);
    return { kind: 'User', id, name: trust.user_display || user?.name || user?.email || id };
  }
  if (trust.trusted_group_id) {
    const id = trust.trusted_group_id;
    const group = directory.groups?.find((g) => g.id === id);
    return { kind: 'Group', id, name: trust.group_display || group?.display_name || id };
  }
  const id = trust.trusted_oidc_issuer_id;
  const issuer = directory.issuers?.find((i) => i.id === id);
  return {
    kind: 'OIDC Issuer',
    id,
    name: trust.issuer_display || (issuer ? issuerLabel(issuer) : '') || id,
  };
}

/** Which directory lists a set of trusts needs to be named (only what the trusts leave out). */
export function namesNeeded(trusts: readonly RoleTrust[]): {
  users: boolean;
  groups: boolean;
  issuers: boolean;
} {
  return {
    users: trusts.some((t) => t.trusted_user_id && !t.user_display),
    groups: trusts.some((t) => t.trusted_group_id && !t.group_display),
    issuers: trusts.some((t) => t.trusted_oidc_issuer_id && !t.issuer_display),
  };
}

/**
 * The trusts with `role_id` filled in: kept when sent, else the role whose name is `role_name`
 * (names are unique per organization, ignoring case). A trust whose role cannot be found keeps "".
 */
export function withRoleIds<T extends Pick<RoleTrust, 'role_id' | 'role_name'>>(
  trusts: readonly T[],
  roles: readonly { id: string; name: string }[],
): T[] {
  const byName = new Map<string, string>();
  for (const r of roles) {
    const key = r.name.toLowerCase();
    // Two roles answering to one name cannot tell a trust apart: leave those unresolved.
    byName.set(key, byName.has(key) ? '' : r.id);
  }
  return trusts.map((t) =>
    t.role_id || !t.role_name ? t : { ...t, role_id: byName.get(t.role_name.toLowerCase()) ?? '' },
  );
}
