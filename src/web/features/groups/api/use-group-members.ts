import { ROUTES } from '../../../../shared/api/routes';
import type { UserSummary } from '../../../../shared/schemas/user';
import { groupQueries } from '../../../entities/group/group-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { itemInEntity, useOptimisticMutation } from '../../../lib/use-optimistic-mutation';

type Change = 'add' | 'remove';

/** The POST …/members body as govultr sends it: the user and the name it is known by. */
export const memberBody = (user: Pick<UserSummary, 'id' | 'name'>) => ({
  user_id: user.id,
  display_name: user.name,
});

/**
 * Add a member (POST …/members) or remove one (DELETE …/members/{user}); the list changes at
 * once. The groups (their member counts) and the user's own groups, roles and policies are read
 * again after.
 */
function useMemberChange(groupId: string, change: Change) {
  return useOptimisticMutation({
    mutationFn: (user: UserSummary) =>
      change === 'add'
        ? callApi(ROUTES.addGroupMember, { params: { groupId }, body: memberBody(user) })
        : callApi(ROUTES.removeGroupMember, { params: { groupId, userId: user.id } }),
    meta: { invalidates: [groupQueries.root(), userQueries.root()] },
    optimistic: itemInEntity(groupQueries.detail(groupId).queryKey, 'members', change === 'add'),
    notices: {
      done: (user) => `${user.name} ${change === 'add' ? 'added' : 'removed'}`,
      failed: (user) => `${change} ${user.name}`,
    },
  });
}

export const useAddMember = (groupId: string) => useMemberChange(groupId, 'add');
export const useRemoveMember = (groupId: string) => useMemberChange(groupId, 'remove');
