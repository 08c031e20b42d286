import { ROUTES } from '../../../../shared/api/routes';
import type { RoleRef } from '../../../../shared/schemas/role';
import { groupQueries } from '../../../entities/group/group-queries';
import { roleQueries } from '../../../entities/role/role-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { itemInList, useOptimisticMutation } from '../../../lib/use-optimistic-mutation';

type Change = 'add' | 'remove';

/**
 * Give the group an assignable role, or take it away (POST/DELETE /v2/roles/{role}/groups/{group});
 * the group's roles change at once. Read again after: the group's views (its policies include
 * those of its roles), its members' roles and policies, and the role's holders (under the role's
 * detail key: the roles list itself does not change).
 */
function useRoleChange(groupId: string, change: Change) {
  return useOptimisticMutation({
    mutationFn: (role: RoleRef) =>
      callApi(change === 'add' ? ROUTES.attachRoleGroup : ROUTES.detachRoleGroup, {
        params: { roleId: role.id, groupId },
      }),
    meta: { invalidates: [groupQueries.root(), userQueries.root(), roleQueries.details()] },
    optimistic: itemInList(groupQueries.roles(groupId).queryKey, change === 'add'),
    notices: {
      done: (role) => `Role ${role.name} ${change === 'add' ? 'added' : 'removed'}`,
      failed: (role) => `${change} role ${role.name}`,
    },
  });
}

export const useAddGroupRole = (groupId: string) => useRoleChange(groupId, 'add');
export const useRemoveGroupRole = (groupId: string) => useRoleChange(groupId, 'remove');
