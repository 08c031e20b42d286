import { issuerLabel } from '../../../lib/issuer-label';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import type { ListSearch } from '../../../lib/list-search';

/** The OIDC Issuers search: an issuer's name, URI, key ID, algorithm and source. */
export const ISSUER_SEARCH: ListSearch<OidcIssuer> = {
  fields: (i) => [issuerLabel(i), i.uri, i.kid, i.alg, i.source],
};
