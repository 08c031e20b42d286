import { ROUTES } from '../../../../../shared/api/routes';
import { callApi } from '../../../../lib/api-client';
import { useOptimisticMutation } from '../../../../lib/use-optimistic-mutation';
import { roleQueries } from '../../../../entities/role/role-queries';
import { ROLE_WRITE } from './role-writes';

export interface Holder {
  kind: 'users' | 'groups';
  id: string;
  /** For the notice: "Devi Patel", "On-call". */
  name: string;
}

/** A holder's key in the role's list and in the picker: its kind and id. */
export const holderKey = (holder: Pick<Holder, 'kind' | 'id'>) => `${holder.kind}:${holder.id}`;

/** Give an assignable role to a user or group, or take it away; the list changes at once. */
function useHolderChange(roleId: string, change: 'add' | 'remove') {
  return useOptimisticMutation({
    mutationFn: (holder: Holder) =>
      holder.kind === 'users'
        ? callApi(change === 'add' ? ROUTES.attachRoleUser : ROUTES.detachRoleUser, {
            params: { roleId, userId: holder.id },
          })
        : callApi(change === 'add' ? ROUTES.attachRoleGroup : ROUTES.detachRoleGroup, {
            params: { roleId, groupId: holder.id },
          }),
    meta: ROLE_WRITE,
    optimistic: {
      key: (holder) => roleQueries.holders(roleId, holder.kind).queryKey,
      apply: (ids, holder) => {
        const rest = ids.filter((id) => id !== holder.id);
        return change === 'add' ? [...rest, holder.id] : rest;
      },
    },
    notices: {
      done: (holder) => `${holder.name} ${change === 'add' ? 'attached' : 'removed'}`,
      failed: (holder) => `${change} ${holder.name}`,
    },
  });
}

export const useAddHolder = (roleId: string) => useHolderChange(roleId, 'add');
export const useRemoveHolder = (roleId: string) => useHolderChange(roleId, 'remove');
