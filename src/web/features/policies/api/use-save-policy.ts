import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import type { Policy, PolicyValues } from '../../../../shared/schemas/policy';
import { callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import { policyQueries } from './policy-queries';

/** The saved policy goes into the caches at once; every other view of policies is marked stale. */
function remember(queryClient: QueryClient, policy: Policy) {
  void queryClient.invalidateQueries({ queryKey: policyQueries.root(), refetchType: 'none' });
  queryClient.setQueryData(policyQueries.detail(policy.id).queryKey, policy);
  queryClient.setQueryData(policyQueries.all().queryKey, (list) => {
    if (!list) return list;
    // A new policy goes last, where the API's creation order puts it.
    const known = list.some((p) => p.id === policy.id);
    return known ? list.map((p) => (p.id === policy.id ? policy : p)) : [...list, policy];
  });
}

/** GET /v2/policies/{id}: the policy as stored, after a write whose reply was empty. */
async function readPolicy(policyId: string): Promise<Policy> {
  return (await callApi(API.readPolicy, { params: { policyId } })).policy;
}

/**
 * POST /v2/policies. An empty reply (read as null) gives no id: the new policy is found in the
 * list by its name, which is unique ignoring case.
 */
export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: PolicyValues): Promise<Policy> => {
      const reply = await callApi(API.createPolicy, { body: values });
      if (reply) return reply;
      const all = await loadAllPages(
        API.listPolicies,
        (p) => p.policies,
        new AbortController().signal,
      );
      const name = values.name.toLowerCase();
      const created = all.find((p) => p.name.toLowerCase() === name);
      if (!created) throw new Error('The API answered without the policy, and does not list it');
      return created;
    },
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
  return useMutation({
    mutationFn: async (values: PolicyValues): Promise<Policy> =>
      (await callApi(API.updatePolicy, { params: { policyId }, body: values })) ??
      readPolicy(policyId),
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey, exact: true });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) queryClient.setQueryData(queryKey, { ...previous, ...values });
      return { previous };
    },
    onError: (_error, _values, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (policy) => remember(queryClient, policy),
  });
}
