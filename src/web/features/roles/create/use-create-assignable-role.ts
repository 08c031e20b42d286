import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Policy } from '../../../../shared/schemas/policy';
import { ROUTES } from '../../../../shared/api/routes';
import type { Role } from '../../../../shared/schemas/role';
import { callApi } from '../../../lib/api-client';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { addRoleToCache } from '../../../entities/role/role-cache';
import { ROLE_WRITE } from '../detail/api/role-writes';
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
  const role = await callApi(ROUTES.createRole, { body: roleBody(values) });
  const attached: Policy[] = [];
  for (const [index, policyId] of values.policy_ids.entries()) {
    const label = policies.get(policyId)?.name ?? policyId;
    try {
      await callApi(ROUTES.attachRolePolicy, { params: { roleId: role.id, policyId } });
    } catch (error) {
      const step = `Attaching policy ${label} (step ${index + 2} of ${values.policy_ids.length + 1}) failed: ${(error as Error).message}.`;
      try {
        await callApi(ROUTES.deleteRole, { params: { roleId: role.id } });
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
      const choices = queryClient.getQueryData(policyQueries.list().queryKey) ?? [];
      return createAssignableRole(values, new Map(choices.map((p) => [p.id, p])));
    },
    // The server confirms the list behind the new role (not awaited: 10,000 roles take a while).
    meta: ROLE_WRITE,
    onSuccess: (role) => addRoleToCache(queryClient, role),
  });
}
