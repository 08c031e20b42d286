import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { API } from '../../../../shared/api/contract';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { ApiError, callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { issuerQueries } from './issuer-queries';

/**
 * DELETE /v2/oidc/issuer/{id} (a hard delete: the API has no restore), then back to the tab.
 * A 409 means role trusts still name the issuer: the trusts are reloaded so the page lists them.
 */
export function useDeleteIssuer(issuer: OidcIssuer) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => callApi(API.deleteIssuer, { params: { issuerId: issuer.id } }),
    onSuccess: async () => {
      await navigate('/organization/oidc-issuers');
      // Only once the page has gone, or it would refetch the issuer and find it missing.
      queryClient.removeQueries({ queryKey: issuerQueries.detail(issuer.id).queryKey });
      queryClient.setQueryData<OidcIssuer[]>(issuerQueries.list().queryKey, (list) =>
        list?.filter((i) => i.id !== issuer.id),
      );
      void queryClient.invalidateQueries({ queryKey: issuerQueries.list().queryKey });
      notify({ message: `Issuer ${issuerLabel(issuer)} deleted` });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: issuerQueries.roleTrusts().queryKey });
      }
    },
  });
}
