import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RolePolicy } from '../../../../../shared/schemas/role';
import type { Role } from '../../../../../shared/schemas/role';
import { API } from '../../../../../shared/api/contract';
import { callApi } from '../../../../lib/api-client';
import { useNotify } from '../../../../lib/snackbar';
import { roleQueries } from '../../api/role-queries';

type Change = 'attach' | 'detach';

/** Attach or detach a permission policy, shown in the role's list before the server answers. */
function useRolePolicyChange(roleId: string, change: Change) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const detail = roleQueries.detail(roleId);
  const apply = (role: Role, policy: RolePolicy): Role => ({
    ...role,
    policies:
      change === 'attach'
        ? [...role.policies.filter((p) => p.id !== policy.id), policy]
        : role.policies.filter((p) => p.id !== policy.id),
  });
  return useMutation({
    mutationFn: (policy: RolePolicy) =>
      callApi(change === 'attach' ? API.attachRolePolicy : API.detachRolePolicy, {
        params: { roleId, policyId: policy.id },
      }),
    onMutate: async (policy) => {
      await queryClient.cancelQueries({ queryKey: detail.queryKey, exact: true });
      const previous = queryClient.getQueryData(detail.queryKey);
      if (previous) queryClient.setQueryData(detail.queryKey, apply(previous, policy));
      return { previous };
    },
    onError: (error, policy, context) => {
      if (context?.previous) queryClient.setQueryData(detail.queryKey, context.previous);
      notify({
        severity: 'error',
        message: `Could not ${change} policy ${policy.name}: ${error.message}`,
      });
    },
    onSuccess: (_reply, policy) => {
      notify({ message: `Policy ${policy.name} ${change === 'attach' ? 'attached' : 'detached'}` });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: detail.queryKey, exact: true }),
  });
}

export const useAttachPolicy = (roleId: string) => useRolePolicyChange(roleId, 'attach');
export const useDetachPolicy = (roleId: string) => useRolePolicyChange(roleId, 'detach');
