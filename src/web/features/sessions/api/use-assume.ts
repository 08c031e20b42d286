import { useMutation, useQueryClient } from '@tanstack/react-query';
import { stsProxyResponseSchema } from '../../../../shared/schemas/sts';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import { apiRequest } from '../../../lib/api-client';
import type { ApiError } from '../../../lib/api-client';
import { heldCredentials } from '../model/held-credentials';
import { sessionQueries } from './session-queries';

export interface AssumeVariables {
  request: StsProxyRequest;
  roleName: string | undefined;
}

/**
 * POST /api/sts. The credentials go to the in-memory holder; the mutation keeps nothing once
 * nobody watches it (gcTime 0), and nothing of it is ever persisted.
 */
export function useAssume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request }: AssumeVariables) =>
      apiRequest('/api/sts', stsProxyResponseSchema, { method: 'POST', body: request }),
    gcTime: 0,
    onSuccess: (response, { request, roleName }) => {
      heldCredentials.hold({ request, response, roleName, receivedAt: Date.now() });
      void queryClient.invalidateQueries({ queryKey: sessionQueries.userSessionsRoot() });
    },
  });
}
export type AssumeError = ApiError;
