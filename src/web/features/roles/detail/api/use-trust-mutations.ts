import { useMutation } from '@tanstack/react-query';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { ROUTES } from '../../../../../shared/api/routes';
import { callApi } from '../../../../lib/api-client';
import { useNotify } from '../../../../lib/snackbar';
import { useOptimisticMutation } from '../../../../lib/use-optimistic-mutation';
import { trustQueries } from '../../../../entities/trust/trust-queries';
import { TRUST_WRITE } from '../../../../entities/trust/write-meta';

const byId = (trust: RoleTrust) => ({ params: { trustId: trust.id } });

/**
 * DELETE /v2/role-trusts/{id}: the card goes at once; the notice offers Undo, which restores the
 * trust (PATCH …/restore). Both hooks live on the page, which stays while the notice shows.
 */
export function useDeleteTrust(roleId: string) {
  const notify = useNotify();
  const restore = useMutation({
    mutationFn: (trust: RoleTrust) => callApi(ROUTES.restoreTrust, byId(trust)),
    meta: TRUST_WRITE,
    onSuccess: () => notify({ message: 'Trust restored' }),
    onError: (error) =>
      notify({ severity: 'error', message: `Could not restore the trust: ${error.message}` }),
  });
  return useOptimisticMutation({
    mutationFn: (trust: RoleTrust) => callApi(ROUTES.deleteTrust, byId(trust)),
    meta: TRUST_WRITE,
    optimistic: {
      key: () => trustQueries.ofRole(roleId).queryKey,
      apply: (trusts, trust) => trusts.filter((t) => t.id !== trust.id),
    },
    onSuccess: (_reply, trust) =>
      notify({
        message: 'Trust deleted',
        action: { label: 'Undo', onClick: () => restore.mutate(trust) },
      }),
    onError: (error) =>
      notify({ severity: 'error', message: `Could not delete the trust: ${error.message}` }),
  });
}
