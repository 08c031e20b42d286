import { ROUTES } from '../../../../shared/api/routes';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { issuerKind } from '../../../entities/issuer/issuer-kind';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { trustQueries } from '../../../entities/trust/trust-queries';
import { callApi } from '../../../lib/api-client';
import { useDeleteEntity } from '../../../lib/use-delete-entity';

/**
 * DELETE /v2/oidc/issuer/{id} (a hard delete: the API has no restore), then back to the tab.
 * A 409 means role trusts still name the issuer: the page says so, and as after any outcome the
 * trusts are read again, so the page lists them.
 */
export function useDeleteIssuer(issuer: OidcIssuer) {
  return useDeleteEntity(issuerKind, issuer, issuerQueries, {
    noun: 'issuer',
    request: () => callApi(ROUTES.deleteIssuer, { params: { issuerId: issuer.id } }),
    meta: { invalidates: [issuerQueries.root(), trustQueries.root()] },
    failureOnPage: true,
  });
}
