import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { oidcIssuerReadSchema, oidcIssuerSchema } from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { apiRequest } from '../../../lib/api-client';
import type { RegisterIssuerBody } from '../register/register-issuer-schema';
import { issuerQueries } from './issuer-queries';

/** Create answers with the issuer unwrapped; live Vultr may wrap it (spec §8). */
const issuerReplySchema = z.union([
  oidcIssuerReadSchema.transform((r) => r.issuer),
  oidcIssuerSchema,
]);

/** POST /v2/oidc/issuer; the new issuer shows in the list and opens its page without a wait. */
export function useRegisterIssuer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterIssuerBody) =>
      apiRequest('/api/v2/oidc/issuer', issuerReplySchema, { method: 'POST', body }),
    onSuccess: (issuer) => {
      queryClient.setQueryData(issuerQueries.detail(issuer.id).queryKey, issuer);
      queryClient.setQueryData<OidcIssuer[]>(issuerQueries.list().queryKey, (list) =>
        list ? [...list, issuer] : list,
      );
      void queryClient.invalidateQueries({ queryKey: issuerQueries.list().queryKey });
    },
  });
}
