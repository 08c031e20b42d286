import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { roleTrustReadSchema, roleTrustSchema } from '../../../../shared/schemas/role-trust';
import type { RoleTrust, RoleTrustUpdate } from '../../../../shared/schemas/role-trust';
import { apiRequest } from '../../../lib/api-client';

/** Update answers unwrapped; live Vultr may wrap (spec §8). */
const trustReplySchema = z.union([
  roleTrustReadSchema.transform((r) => r.role_trust),
  roleTrustSchema,
]);

/** PUT /v2/role-trusts/{id}; the caller refreshes whatever lists the trust. */
export function useUpdateTrust(trustId: string, onSaved: (trust: RoleTrust) => void) {
  return useMutation({
    mutationFn: (body: RoleTrustUpdate) =>
      apiRequest(`/api/v2/role-trusts/${encodeURIComponent(trustId)}`, trustReplySchema, {
        method: 'PUT',
        body,
      }),
    onSuccess: onSaved,
  });
}
