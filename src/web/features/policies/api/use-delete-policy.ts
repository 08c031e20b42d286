import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { API } from '../../../../shared/api/contract';
import type { Policy } from '../../../../shared/schemas/policy';
import { callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { policyQueries } from './policy-queries';

/**
 * DELETE /v2/policies/{id}, then back to the Permission Policies tab with a notice whose Undo
 * restores the policy (PATCH …/restore) and returns to its page. The notice outlives this page:
 * TanStack runs the restore mutation's callbacks even after its component has unmounted.
 */
export function useDeletePolicy(policy: Policy) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const detail = policyQueries.detail(policy.id);
  const list = policyQueries.all();
  const markStale = () =>
    queryClient.invalidateQueries({ queryKey: policyQueries.root(), refetchType: 'none' });

  const restore = useMutation({
    // An empty reply (read as null) means the policy is back as it was: it is read again.
    mutationFn: async () =>
      (await callApi(API.restorePolicy, { params: { policyId: policy.id } })) ?? policy,
    onSuccess: (restored) => {
      void markStale();
      queryClient.setQueryData(detail.queryKey, restored);
      void queryClient.invalidateQueries({ queryKey: detail.queryKey });
      void queryClient.invalidateQueries({ queryKey: list.queryKey });
      notify({ message: `Policy ${restored.name} restored` });
      void navigate(`/policies/${encodeURIComponent(restored.id)}`);
    },
    onError: (error) =>
      notify({
        severity: 'error',
        message: `Could not restore policy ${policy.name}: ${error.message}`,
      }),
  });

  return useMutation({
    mutationFn: () => callApi(API.deletePolicy, { params: { policyId: policy.id } }),
    onSuccess: async () => {
      await navigate('/organization/policies');
      // Only once the page has gone, or it would refetch its policy and find it missing.
      queryClient.removeQueries({ queryKey: detail.queryKey });
      queryClient.setQueryData(list.queryKey, (all) => all?.filter((p) => p.id !== policy.id));
      void markStale();
      notify({
        message: `Policy ${policy.name} deleted`,
        action: { label: 'Undo', onClick: () => restore.mutate() },
      });
    },
    onError: (error) =>
      notify({
        severity: 'error',
        message: `Could not delete policy ${policy.name}: ${error.message}`,
      }),
  });
}
