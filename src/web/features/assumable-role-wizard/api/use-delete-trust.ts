import { useMutation } from '@tanstack/react-query';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { deleteTrust } from './trust-writes';

/** DELETE /v2/role-trusts/{id}, when a trust did not come out as meant. */
export function useDeleteTrust(trust: RoleTrust | null) {
  return useMutation({
    mutationFn: async () => {
      if (trust) await deleteTrust(trust.id);
    },
  });
}
