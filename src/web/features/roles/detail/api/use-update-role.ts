import { useQueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../../../shared/api/routes';
import type { RoleValues } from '../../../../../shared/schemas/role';
import { callApi } from '../../../../lib/api-client';
import { useOptimisticMutation } from '../../../../lib/use-optimistic-mutation';
import { roleQueries } from '../../../../entities/role/role-queries';
import { ROLE_WRITE } from './role-writes';

/**
 * PUT /v2/roles/{id}; the page shows the new values at once and puts the old ones back on failure.
 * The reply is the saved role, or empty (then the role is read again).
 */
export function useUpdateRole(roleId: string) {
  const queryClient = useQueryClient();
  const detail = roleQueries.detail(roleId);
  return useOptimisticMutation({
    mutationFn: (values: RoleValues) =>
      callApi(ROUTES.updateRole, { params: { roleId }, body: values }),
    meta: ROLE_WRITE,
    optimistic: {
      key: () => detail.queryKey,
      exact: true,
      apply: (role, values) => ({ ...role, ...values }),
    },
    onSuccess: (role) => {
      if (role) queryClient.setQueryData(detail.queryKey, role);
      else void queryClient.invalidateQueries({ queryKey: detail.queryKey, exact: true });
    },
  });
}
