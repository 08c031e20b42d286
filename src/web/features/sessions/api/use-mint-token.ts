import { useMutation } from '@tanstack/react-query';
import { devTokenResponseSchema } from '../../../../shared/schemas/console-api';
import type { DevTokenRequest } from '../../../../shared/schemas/console-api';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/dev-token (embedded mode): a development-issuer JWT, for web identity tries. */
export function useMintToken() {
  return useMutation({
    mutationFn: (input: DevTokenRequest) =>
      apiRequest('/api/dev-token', devTokenResponseSchema, { method: 'POST', body: input }),
    // The token is the development issuer's own: no entity of the organization changes.
    meta: { invalidates: [] },
    gcTime: 0,
  });
}
