import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { callApi } from '../../../lib/api-client';
import { addToList } from '../../../lib/list-cache';
import type { RegisterIssuerBody } from '../register/register-issuer-schema';

/** POST /v2/oidc/issuer; the new issuer shows in the list and opens its page without a wait. */
export function useRegisterIssuer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegisterIssuerBody) => {
      const issuer = await callApi(ROUTES.createIssuer, { body });
      // A reply that leaves out the URI is named by the one sent.
      return { ...issuer, uri: issuer.uri || body.issuer.uri };
    },
    meta: { invalidates: [issuerQueries.root()] },
    onSuccess: (issuer) => {
      queryClient.setQueryData(issuerQueries.detail(issuer.id).queryKey, issuer);
      addToList(queryClient, issuerQueries.list().queryKey, issuer);
    },
  });
}
