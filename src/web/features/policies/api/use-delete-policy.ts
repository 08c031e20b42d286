import { ROUTES } from '../../../../shared/api/routes';
import type { Policy } from '../../../../shared/schemas/policy';
import { groupQueries } from '../../../entities/group/group-queries';
import { policyKind } from '../../../entities/policy/policy-kind';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { roleQueries } from '../../../entities/role/role-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { useDeleteEntity } from '../../../lib/use-delete-entity';

/**
 * What deleting or restoring a policy changes: the policies, and the users, groups and roles
 * that hold it (each lists its policies).
 */
const POLICY_LIFECYCLE = {
  invalidates: [policyQueries.root(), userQueries.root(), groupQueries.root(), roleQueries.root()],
};

/**
 * DELETE /v2/policies/{id}, then back to the Permission Policies tab with a notice whose Undo
 * restores the policy (PATCH …/restore) and returns to its page.
 */
export function useDeletePolicy(policy: Policy) {
  const params = { params: { policyId: policy.id } };
  return useDeleteEntity(policyKind, policy, policyQueries, {
    request: () => callApi(ROUTES.deletePolicy, params),
    // An empty reply (read as null) means the policy is back as it was.
    restore: async () => (await callApi(ROUTES.restorePolicy, params)) ?? policy,
    meta: POLICY_LIFECYCLE,
  });
}
