import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import type { Policy, PolicyValues } from '../../../../shared/schemas/policy';
import { groupQueries } from '../../../entities/group/group-queries';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { roleQueries } from '../../../entities/role/role-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { useOptimisticMutation } from '../../../lib/use-optimistic-mutation';

/**
 * The saved policy goes into the caches at once (its page, the one policies list); the
 * mutation's `invalidates` has every view of it read again behind.
 */
function remember(queryClient: QueryClient, policy: Policy) {
  queryClient.setQueryData(policyQueries.detail(policy.id).queryKey, policy);
  queryClient.setQueryData(policyQueries.list().queryKey, (list) => {
    if (!list) return list;
    // A new policy goes last, where the API's creation order puts it.
    const known = list.some((p) => p.id === policy.id);
    return known ? list.map((p) => (p.id === policy.id ? policy : p)) : [...list, policy];
  });
}

/** GET /v2/policies/{id}: the policy as stored, after a write whose reply was empty. */
async function readPolicy(policyId: string): Promise<Policy> {
  return (await callApi(ROUTES.readPolicy, { params: { policyId } })).policy;
}

/**
 * POST /v2/policies. An empty reply (read as null) gives no id: the one policies list is read
 * afresh and the new policy found in it by its name, which is unique ignoring case.
 */
export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: PolicyValues): Promise<Policy> => {
      const reply = await callApi(ROUTES.createPolicy, { body: values });
      if (reply) return reply;
      const all = await queryClient.fetchQuery({ ...policyQueries.list(), staleTime: 0 });
      const name = values.name.toLowerCase();
      const created = all.find((p) => p.name.toLowerCase() === name);
      if (!created) throw new Error('The API answered without the policy, and does not list it');
      return created;
    },
    meta: { invalidates: [policyQueries.root()] },
    onSuccess: (policy) => remember(queryClient, policy),
  });
}

/**
 * PUT /v2/policies/{id}: the page shows the new values at once, the old ones again on failure.
 * The reply is the policy (govultr) or an empty body (OpenAPI, read as null): then it is read again.
 */
export function useUpdatePolicy(policyId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = policyQueries.detail(policyId);
  return useOptimisticMutation({
    mutationFn: async (values: PolicyValues): Promise<Policy> =>
      (await callApi(ROUTES.updatePolicy, { params: { policyId }, body: values })) ??
      readPolicy(policyId),
    // Users, groups and roles list the policy by its name and description.
    meta: {
      invalidates: [
        policyQueries.root(),
        userQueries.root(),
        groupQueries.root(),
        roleQueries.root(),
      ],
    },
    optimistic: {
      key: () => queryKey,
      exact: true,
      apply: (policy, values) => ({ ...policy, ...values }),
    },
    onSuccess: (policy) => remember(queryClient, policy),
  });
}
