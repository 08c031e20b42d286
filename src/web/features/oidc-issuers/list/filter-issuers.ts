import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';

/**
 * Issuers whose name, URI, key ID, algorithm or source contains `q` (ignoring case), in the
 * API's order. A NUL between the fields keeps a search from matching across two of them.
 */
export function filterIssuers(issuers: readonly OidcIssuer[], q: string): OidcIssuer[] {
  const needle = q.trim().toLowerCase();
  if (needle === '') return [...issuers];
  return issuers.filter((i) =>
    [issuerLabel(i), i.uri, i.kid, i.alg, i.source].join('\u0000').toLowerCase().includes(needle),
  );
}
