import type { DataTag, QueryKey } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import { groupQueries } from '../../../entities/group/group-queries';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { useOptimisticMutation, withOrWithout } from '../../../lib/use-optimistic-mutation';

/** A user or group the policy is (to be) attached to, in the shape of the policy's own lists. */
export type Attachment =
  | { kind: 'users'; entity: { id: string; name: string; email: string } }
  | { kind: 'groups'; entity: { id: string; display_name: string; description: string } };

export const attachmentName = (a: Attachment) =>
  a.kind === 'users' ? a.entity.name : a.entity.display_name;

type Change = 'attach' | 'detach';

/** The policy's list of users, or of groups: the one an attachment goes into. */
const listKey = (policyId: string, a: Attachment) =>
  (a.kind === 'users' ? policyQueries.users(policyId) : policyQueries.groups(policyId))
    .queryKey as DataTag<QueryKey, Attachment['entity'][], Error>;

/**
 * POST or DELETE /v2/policies/{id}/users|groups/{entity id}; the policy's list changes at once.
 * The policy's views and the policies the users and groups list are read again after.
 */
function useAttachmentChange(policyId: string, change: Change) {
  return useOptimisticMutation({
    mutationFn: (a: Attachment) =>
      a.kind === 'users'
        ? callApi(change === 'attach' ? ROUTES.attachPolicyUser : ROUTES.detachPolicyUser, {
            params: { policyId, userId: a.entity.id },
          })
        : callApi(change === 'attach' ? ROUTES.attachPolicyGroup : ROUTES.detachPolicyGroup, {
            params: { policyId, groupId: a.entity.id },
          }),
    meta: { invalidates: [policyQueries.root(), userQueries.root(), groupQueries.root()] },
    optimistic: {
      key: (a) => listKey(policyId, a),
      apply: (list, a) => withOrWithout(list, a.entity, change === 'attach'),
    },
    notices: {
      done: (a) => `${attachmentName(a)} ${change === 'attach' ? 'attached' : 'detached'}`,
      failed: (a) => `${change} ${attachmentName(a)}`,
    },
  });
}

export const useAttach = (policyId: string) => useAttachmentChange(policyId, 'attach');
export const useDetach = (policyId: string) => useAttachmentChange(policyId, 'detach');
