import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { trustQueries } from '../../../entities/trust/trust-queries';
import { dropFromList } from '../../../lib/list-cache';
import { deleteTrust } from './trust-writes';
import { TRUST_WRITE } from '../../../entities/trust/write-meta';

/** DELETE /v2/role-trusts/{id}, when a trust did not come out as meant. */
export function useDeleteTrust(trust: RoleTrust | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      if (trust) await deleteTrust(trust.id);
    },
    meta: TRUST_WRITE,
    onSuccess: () => {
      // Gone from the trust lists at once; `invalidates` reads them again behind it.
      if (!trust) return;
      dropFromList(queryClient, trustQueries.all().queryKey, trust.id);
      if (trust.role_id) {
        dropFromList(queryClient, trustQueries.ofRole(trust.role_id).queryKey, trust.id);
      }
    },
  });
}
