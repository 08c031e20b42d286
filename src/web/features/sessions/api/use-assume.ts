import { useMutation } from '@tanstack/react-query';
import { stsProxyResponseSchema } from '../../../../shared/schemas/sts';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import { apiRequest } from '../../../lib/api-client';
import type { ApiError } from '../../../lib/api-client';
import { heldCredentials } from '../../../entities/session/held-credentials';
import { sessionQueries } from '../../../entities/session/session-queries';

export interface AssumeVariables {
  request: StsProxyRequest;
  roleName: string | undefined;
}

/**
 * POST /api/sts. The credentials go to the in-memory holder; the mutation keeps nothing once
 * nobody watches it (gcTime 0), and nothing of it is ever persisted.
 */
export function useAssume() {
  return useMutation({
    mutationFn: ({ request }: AssumeVariables) =>
      apiRequest('/api/sts', stsProxyResponseSchema, { method: 'POST', body: request }),
    // A new session shows in the caller's list.
    meta: { invalidates: [sessionQueries.root()] },
    gcTime: 0,
    onSuccess: (response, { request, roleName }) => {
      heldCredentials.hold({ request, response, roleName, receivedAt: Date.now() });
    },
  });
}
export type AssumeError = ApiError;
