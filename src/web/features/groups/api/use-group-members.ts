import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import type { UserSummary } from '../../../../shared/schemas/user';
import { callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { groupQueries } from './group-queries';

type Change = 'add' | 'remove';

/** The POST …/members body as govultr sends it: the user and the name it is known by. */
export const memberBody = (user: Pick<UserSummary, 'id' | 'name'>) => ({
  user_id: user.id,
  display_name: user.name,
});

/** Add a member (POST …/members) or remove one (DELETE …/members/{user}); the list changes at once. */
function useMemberChange(groupId: string, change: Change) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { queryKey } = groupQueries.detail(groupId);
  return useMutation({
    mutationFn: (user: UserSummary) =>
      change === 'add'
        ? callApi(API.addGroupMember, { params: { groupId }, body: memberBody(user) })
        : callApi(API.removeGroupMember, { params: { groupId, userId: user.id } }),
    onMutate: async (user) => {
      await queryClient.cancelQueries({ queryKey, exact: true });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        const rest = previous.members.filter((m) => m.id !== user.id);
        queryClient.setQueryData(queryKey, {
          ...previous,
          members: change === 'add' ? [...rest, user] : rest,
        });
      }
      return { previous };
    },
    onError: (error, user, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      notify({ severity: 'error', message: `Could not ${change} ${user.name}: ${error.message}` });
    },
    onSuccess: (_reply, user) =>
      notify({ message: change === 'add' ? `${user.name} added` : `${user.name} removed` }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey, exact: true });
      // The Groups tab counts members.
      void queryClient.invalidateQueries({ queryKey: groupQueries.all().queryKey });
    },
  });
}

export const useAddMember = (groupId: string) => useMemberChange(groupId, 'add');
export const useRemoveMember = (groupId: string) => useMemberChange(groupId, 'remove');
