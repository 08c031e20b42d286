import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, RoleValues } from '../../../../../shared/schemas/role';
import { apiRequest } from '../../../../lib/api-client';
import { roleQueries } from '../../api/role-queries';
import { roleDetailQueries } from './role-detail-queries';
import { roleReplySchema } from './role-replies';

/** PUT /v2/roles/{id}; the page shows the new values at once and puts the old ones back on failure. */
export function useUpdateRole(roleId: string) {
  const queryClient = useQueryClient();
  const detail = roleQueries.detail(roleId);
  return useMutation({
    mutationFn: (values: RoleValues) =>
      apiRequest(`/api/v2/roles/${encodeURIComponent(roleId)}`, roleReplySchema, {
        method: 'PUT',
        body: values,
      }),
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey: detail.queryKey, exact: true });
      const previous = queryClient.getQueryData(detail.queryKey);
      if (previous) queryClient.setQueryData(detail.queryKey, { ...previous, ...values });
      return { previous };
    },
    onError: (_error, _values, context) => {
      if (context?.previous) queryClient.setQueryData(detail.queryKey, context.previous);
    },
    onSuccess: (role: Role) => {
      queryClient.setQueryData(detail.queryKey, role);
      // The Roles table shows the name too; mark it stale without refetching this page.
      void queryClient.invalidateQueries({
        queryKey: roleDetailQueries.root(),
        refetchType: 'none',
      });
    },
  });
}
