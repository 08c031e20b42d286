import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../../shared/api/contract';
import type { RoleValues } from '../../../../../shared/schemas/role';
import { callApi } from '../../../../lib/api-client';
import { roleQueries } from '../../api/role-queries';
import { roleDetailQueries } from './role-detail-queries';

/**
 * PUT /v2/roles/{id}; the page shows the new values at once and puts the old ones back on failure.
 * The reply is the saved role, or empty (then the role is read again).
 */
export function useUpdateRole(roleId: string) {
  const queryClient = useQueryClient();
  const detail = roleQueries.detail(roleId);
  return useMutation({
    mutationFn: (values: RoleValues) =>
      callApi(API.updateRole, { params: { roleId }, body: values }),
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey: detail.queryKey, exact: true });
      const previous = queryClient.getQueryData(detail.queryKey);
      if (previous) queryClient.setQueryData(detail.queryKey, { ...previous, ...values });
      return { previous };
    },
    onError: (_error, _values, context) => {
      if (context?.previous) queryClient.setQueryData(detail.queryKey, context.previous);
    },
    onSuccess: (role) => {
      if (role) queryClient.setQueryData(detail.queryKey, role);
      else void queryClient.invalidateQueries({ queryKey: detail.queryKey, exact: true });
      // The Roles table shows the name too; mark it stale without refetching this page.
      void queryClient.invalidateQueries({
        queryKey: roleDetailQueries.root(),
        refetchType: 'none',
      });
    },
  });
}
