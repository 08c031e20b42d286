import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { policyQueries } from './policy-queries';

/** A user or group the policy is (to be) attached to, in the shape of the policy's own lists. */
export type Attachment =
  | { kind: 'users'; entity: { id: string; name: string; email: string } }
  | { kind: 'groups'; entity: { id: string; display_name: string; description: string } };

export const attachmentName = (a: Attachment) =>
  a.kind === 'users' ? a.entity.name : a.entity.display_name;

type Change = 'attach' | 'detach';

/** Puts the change into the policy's list before the server answers; returns how to undo it. */
function applyChange(queryClient: QueryClient, policyId: string, a: Attachment, change: Change) {
  const without = <T extends { id: string }>(list: T[]) => list.filter((e) => e.id !== a.entity.id);
  if (a.kind === 'users') {
    const { queryKey } = policyQueries.users(policyId);
    const previous = queryClient.getQueryData(queryKey);
    if (previous) {
      queryClient.setQueryData(
        queryKey,
        change === 'attach' ? [...without(previous), a.entity] : without(previous),
      );
    }
    return () => previous && queryClient.setQueryData(queryKey, previous);
  }
  const { queryKey } = policyQueries.groups(policyId);
  const previous = queryClient.getQueryData(queryKey);
  if (previous) {
    queryClient.setQueryData(
      queryKey,
      change === 'attach' ? [...without(previous), a.entity] : without(previous),
    );
  }
  return () => previous && queryClient.setQueryData(queryKey, previous);
}

const listKey = (policyId: string, a: Attachment) =>
  (a.kind === 'users' ? policyQueries.users(policyId) : policyQueries.groups(policyId)).queryKey;

/** POST or DELETE /v2/policies/{id}/users|groups/{entity id}; the list changes at once. */
function useAttachmentChange(policyId: string, change: Change) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (a: Attachment) =>
      a.kind === 'users'
        ? callApi(change === 'attach' ? API.attachPolicyUser : API.detachPolicyUser, {
            params: { policyId, userId: a.entity.id },
          })
        : callApi(change === 'attach' ? API.attachPolicyGroup : API.detachPolicyGroup, {
            params: { policyId, groupId: a.entity.id },
          }),
    onMutate: async (a) => {
      await queryClient.cancelQueries({ queryKey: listKey(policyId, a) });
      return { undo: applyChange(queryClient, policyId, a, change) };
    },
    onError: (error, a, context) => {
      context?.undo();
      notify({
        severity: 'error',
        message: `Could not ${change} ${attachmentName(a)}: ${error.message}`,
      });
    },
    onSuccess: (_reply, a) =>
      notify({
        message: `${attachmentName(a)} ${change === 'attach' ? 'attached' : 'detached'}`,
      }),
    onSettled: (_reply, _error, a) =>
      queryClient.invalidateQueries({ queryKey: listKey(policyId, a) }),
  });
}

export const useAttach = (policyId: string) => useAttachmentChange(policyId, 'attach');
export const useDetach = (policyId: string) => useAttachmentChange(policyId, 'detach');
