import type { RolePolicy } from '../../../../../shared/schemas/role';
import { ROUTES } from '../../../../../shared/api/routes';
import { callApi } from '../../../../lib/api-client';
import { itemInEntity, useOptimisticMutation } from '../../../../lib/use-optimistic-mutation';
import { roleQueries } from '../../../../entities/role/role-queries';
import { ROLE_WRITE } from './role-writes';

type Change = 'attach' | 'detach';

/** Attach or detach a permission policy, shown in the role's list before the server answers. */
function useRolePolicyChange(roleId: string, change: Change) {
  return useOptimisticMutation({
    mutationFn: (policy: RolePolicy) =>
      callApi(change === 'attach' ? ROUTES.attachRolePolicy : ROUTES.detachRolePolicy, {
        params: { roleId, policyId: policy.id },
      }),
    meta: ROLE_WRITE,
    optimistic: itemInEntity(roleQueries.detail(roleId).queryKey, 'policies', change === 'attach'),
    notices: {
      done: (policy) => `Policy ${policy.name} ${change === 'attach' ? 'attached' : 'detached'}`,
      failed: (policy) => `${change} policy ${policy.name}`,
    },
  });
}

export const useAttachPolicy = (roleId: string) => useRolePolicyChange(roleId, 'attach');
export const useDetachPolicy = (roleId: string) => useRolePolicyChange(roleId, 'detach');
