import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../../shared/api/contract';
import { callApi } from '../../../../lib/api-client';
import { useNotify } from '../../../../lib/snackbar';
import { roleDetailQueries } from './role-detail-queries';

export interface Holder {
  kind: 'users' | 'groups';
  id: string;
  /** For the notice: "Devi Patel", "On-call". */
  name: string;
}

/** Give an assignable role to a user or group, or take it away; the list changes at once. */
function useHolderChange(roleId: string, change: 'add' | 'remove') {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (holder: Holder) =>
      holder.kind === 'users'
        ? callApi(change === 'add' ? API.attachRoleUser : API.detachRoleUser, {
            params: { roleId, userId: holder.id },
          })
        : callApi(change === 'add' ? API.attachRoleGroup : API.detachRoleGroup, {
            params: { roleId, groupId: holder.id },
          }),
    onMutate: async (holder) => {
      const { queryKey } = roleDetailQueries.holders(roleId, holder.kind);
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        const rest = previous.filter((id) => id !== holder.id);
        queryClient.setQueryData(queryKey, change === 'add' ? [...rest, holder.id] : rest);
      }
      return { previous };
    },
    onError: (error, holder, context) => {
      const { queryKey } = roleDetailQueries.holders(roleId, holder.kind);
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      notify({
        severity: 'error',
        message: `Could not ${change} ${holder.name}: ${error.message}`,
      });
    },
    onSuccess: (_reply, holder) => {
      notify({
        message: change === 'add' ? `${holder.name} attached` : `${holder.name} removed`,
      });
    },
    onSettled: (_reply, _error, holder) =>
      queryClient.invalidateQueries({
        queryKey: roleDetailQueries.holders(roleId, holder.kind).queryKey,
      }),
  });
}

export const useAddHolder = (roleId: string) => useHolderChange(roleId, 'add');
export const useRemoveHolder = (roleId: string) => useHolderChange(roleId, 'remove');
