import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { callApi } from '../../../lib/api-client';
import type { RegisterIssuerBody } from '../register/register-issuer-schema';
import { issuerQueries } from './issuer-queries';

/** POST /v2/oidc/issuer; the new issuer shows in the list and opens its page without a wait. */
export function useRegisterIssuer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegisterIssuerBody) => {
      const issuer = await callApi(API.createIssuer, { body });
      // A reply that leaves out the URI is named by the one sent.
      return { ...issuer, uri: issuer.uri || body.issuer.uri };
    },
    onSuccess: (issuer) => {
      queryClient.setQueryData(issuerQueries.detail(issuer.id).queryKey, issuer);
      queryClient.setQueryData<OidcIssuer[]>(issuerQueries.list().queryKey, (list) =>
        list ? [...list, issuer] : list,
      );
      void queryClient.invalidateQueries({ queryKey: issuerQueries.list().queryKey });
    },
  });
}
