/** Whom a trust may name: a user, a group, or an OIDC issuer (whose tokens then assume the role). */
export const TRUSTED_KINDS = ['user', 'group', 'oidc'] as const;
export type TrustedKind = (typeof TRUSTED_KINDS)[number];

/** Each kind as the console names it. */
export const TRUSTED_KIND_LABELS: Record<TrustedKind, string> = {
  user: 'User',
  group: 'Group',
  oidc: 'OIDC Issuer',
};
