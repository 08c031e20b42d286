import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { API } from '../../../../../shared/api/contract';
import { callApi } from '../../../../lib/api-client';
import { useNotify } from '../../../../lib/snackbar';
import { roleDetailQueries } from './role-detail-queries';

const byId = (trust: RoleTrust) => ({ params: { trustId: trust.id } });

/**
 * DELETE /v2/role-trusts/{id}: the card goes at once; the notice offers Undo, which restores the
 * trust (PATCH …/restore). Both hooks live on the page, which stays while the notice shows.
 */
export function useDeleteTrust(roleId: string) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { queryKey } = roleDetailQueries.trusts(roleId);
  const restore = useMutation({
    mutationFn: (trust: RoleTrust) => callApi(API.restoreTrust, byId(trust)),
    onSuccess: () => notify({ message: 'Trust restored' }),
    onError: (error) =>
      notify({ severity: 'error', message: `Could not restore the trust: ${error.message}` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
  return useMutation({
    mutationFn: (trust: RoleTrust) => callApi(API.deleteTrust, byId(trust)),
    onMutate: async (trust) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        queryClient.setQueryData(
          queryKey,
          previous.filter((t) => t.id !== trust.id),
        );
      }
      return { previous };
    },
    onError: (error, _trust, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      notify({ severity: 'error', message: `Could not delete the trust: ${error.message}` });
    },
    onSuccess: (_reply, trust) =>
      notify({
        message: 'Trust deleted',
        action: { label: 'Undo', onClick: () => restore.mutate(trust) },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
