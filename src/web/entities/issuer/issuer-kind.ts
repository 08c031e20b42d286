import { issuerLabel } from '../../lib/issuer-label';
import type { OidcIssuer } from '../../../shared/schemas/oidc-issuer';
import type { EntityPageKind } from '../../components/detail-page';

/** An OIDC issuer's page, under the OIDC Issuers tab, named by its label (or URI). */
export const issuerKind: EntityPageKind<OidcIssuer> = {
  parent: { to: '/organization/oidc-issuers', label: 'OIDC Issuers' },
  noun: 'OIDC issuer',
  nameOf: issuerLabel,
  pathOf: (id) => `/oidc-issuers/${encodeURIComponent(id)}`,
};
