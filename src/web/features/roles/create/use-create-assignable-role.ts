import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import type { Policy } from '../../../../shared/schemas/policy';
import { API } from '../../../../shared/api/contract';
import type { Role, RoleList } from '../../../../shared/schemas/role';
import { callApi } from '../../../lib/api-client';
import { policyChoiceQueries, roleQueries } from '../api/role-queries';
import { roleBody } from './assignable-role-schema';
import type { AssignableRoleValues } from './assignable-role-schema';

/** A policy could not be attached: the role was removed again (or could not be, and says so). */
export class AttachPolicyError extends Error {
  override name = 'AttachPolicyError';
}

/**
 * POST the role, then attach each policy in turn. If an attachment fails, the role just made
 * is deleted, so nothing half-made stays behind, and the error names the step that failed.
 */
async function createAssignableRole(
  values: AssignableRoleValues,
  policies: Map<string, Policy>,
): Promise<Role> {
  const role = await callApi(API.createRole, { body: roleBody(values) });
  const attached: Policy[] = [];
  for (const [index, policyId] of values.policy_ids.entries()) {
    const label = policies.get(policyId)?.name ?? policyId;
    try {
      await callApi(API.attachRolePolicy, { params: { roleId: role.id, policyId } });
    } catch (error) {
      const step = `Attaching policy ${label} (step ${index + 2} of ${values.policy_ids.length + 1}) failed: ${(error as Error).message}.`;
      try {
        await callApi(API.deleteRole, { params: { roleId: role.id } });
      } catch (undo) {
        throw new AttachPolicyError(
          `${step} Removing the half-made role ${role.name} failed too (${(undo as Error).message}); delete it from its page.`,
        );
      }
      throw new AttachPolicyError(`${step} The role was not kept; nothing was changed.`);
    }
    const policy = policies.get(policyId);
    if (policy) attached.push(policy);
  }
  return { ...role, policies: attached };
}

/** Creates an assignable role with its policies and puts it in the roles list at once. */
export function useCreateAssignableRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: AssignableRoleValues) => {
      const choices = queryClient.getQueryData(policyChoiceQueries.all().queryKey) ?? [];
      return createAssignableRole(values, new Map(choices.map((p) => [p.id, p])));
    },
    onSuccess: (role) => {
      // The list shows the new role straight away, the role page opens without a wait ...
      queryClient.setQueryData(roleQueries.detail(role.id).queryKey, role);
      queryClient.setQueryData<InfiniteData<RoleList, string>>(
        roleQueries.all().queryKey,
        (data) => (data ? appendRole(data, role) : data),
      );
      // ... and the server confirms the list behind it (not awaited: 10,000 roles take a while).
      void queryClient.invalidateQueries({ queryKey: roleQueries.all().queryKey });
    },
  });
}

/** The new role goes last, where the API's creation order puts it, once every page is loaded. */
function appendRole(data: InfiniteData<RoleList, string>, role: Role) {
  const last = data.pages.at(-1);
  if (!last || last.meta.links.next) return data;
  const pages = [...data.pages.slice(0, -1), { ...last, roles: [...last.roles, role] }];
  return { ...data, pages };
}
