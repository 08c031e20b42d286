import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import type { RoleRef } from '../../../../shared/schemas/role';
import { callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { groupQueries } from './group-queries';

type Change = 'add' | 'remove';

/** Give the group an assignable role, or take it away (POST/DELETE /v2/roles/{role}/groups/{group}). */
function useRoleChange(groupId: string, change: Change) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { queryKey } = groupQueries.roles(groupId);
  return useMutation({
    mutationFn: (role: RoleRef) =>
      callApi(change === 'add' ? API.attachRoleGroup : API.detachRoleGroup, {
        params: { roleId: role.id, groupId },
      }),
    onMutate: async (role) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        const rest = previous.filter((r) => r.id !== role.id);
        queryClient.setQueryData(queryKey, change === 'add' ? [...rest, role] : rest);
      }
      return { previous };
    },
    onError: (error, role, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      notify({
        severity: 'error',
        message: `Could not ${change} role ${role.name}: ${error.message}`,
      });
    },
    onSuccess: (_reply, role) =>
      notify({
        message: change === 'add' ? `Role ${role.name} added` : `Role ${role.name} removed`,
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey });
      // The group's policies include those of its roles.
      void queryClient.invalidateQueries({ queryKey: groupQueries.policies(groupId).queryKey });
    },
  });
}

export const useAddGroupRole = (groupId: string) => useRoleChange(groupId, 'add');
export const useRemoveGroupRole = (groupId: string) => useRoleChange(groupId, 'remove');
