import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Policy, PolicyValues } from '../../../../shared/schemas/policy';
import { apiRequest } from '../../../lib/api-client';
import { policyPath, policyQueries, policyReplySchema } from './policy-queries';

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

/** POST /v2/policies. */
export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: PolicyValues) =>
      apiRequest('/api/v2/policies', policyReplySchema, { method: 'POST', body: values }),
    onSuccess: (policy) => remember(queryClient, policy),
  });
}

/** PUT /v2/policies/{id}: the page shows the new values at once, the old ones again on failure. */
export function useUpdatePolicy(policyId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = policyQueries.detail(policyId);
  return useMutation({
    mutationFn: (values: PolicyValues) =>
      apiRequest(policyPath(policyId), policyReplySchema, { method: 'PUT', body: values }),
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
