import { issuerLabel } from '../../lib/issuer-label';
import type { OidcIssuer } from '../../../shared/schemas/oidc-issuer';
import type { Session } from '../../../shared/schemas/session';
import type { User } from '../../../shared/schemas/user';

/** True for a session started with a web identity token: no platform user holds it. */
export function isWebIdentitySession(session: Session): boolean {
  return session.auth_method === 'oidc' || (!session.user_id && session.oidc_issuer_id !== '');
}

/**
 * Who holds the session: the user (named from the users list), or for a web identity session
 * the token's subject (the emulator's `oidc_subject`, [E]) or else the issuer's name.
 */
export function holderOf(
  session: Session,
  users: readonly User[] | undefined,
  issuers: readonly OidcIssuer[] | undefined,
): string {
  if (isWebIdentitySession(session)) {
    const issuer = issuers?.find((i) => i.id === session.oidc_issuer_id);
    const who = session.oidc_subject || (issuer ? issuerLabel(issuer) : 'OIDC subject');
    return `${who} (OIDC)`;
  }
  const user = users?.find((u) => u.id === session.user_id);
  return user?.name || user?.email || session.user_id || '—';
}

/** The user's page, for a session a platform user holds; null for a web identity session. */
export function holderPage(session: Session): string | null {
  if (session.auth_method === 'oidc' || !session.user_id) return null;
  return `/users/${encodeURIComponent(session.user_id)}`;
}
