import { useQueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import type { GroupValues } from '../../../../shared/schemas/group';
import { groupQueries } from '../../../entities/group/group-queries';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { useOptimisticMutation } from '../../../lib/use-optimistic-mutation';

/**
 * PUT /v2/groups/{id}: the page shows the new name at once and puts the old one back on failure.
 * The group is read again afterwards: the reply may be empty (read as null) or leave out the
 * members, so only its name and description are taken from it. The users' and policies' lists
 * of groups show the name too, and are read again as well.
 */
export function useUpdateGroup(groupId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = groupQueries.detail(groupId);
  return useOptimisticMutation({
    mutationFn: async (values: GroupValues): Promise<GroupValues> => {
      const reply = await callApi(ROUTES.updateGroup, { params: { groupId }, body: values });
      return reply
        ? {
            display_name: reply.display_name || values.display_name,
            description: reply.description,
          }
        : values;
    },
    meta: { invalidates: [groupQueries.root(), userQueries.root(), policyQueries.root()] },
    optimistic: {
      key: () => queryKey,
      exact: true,
      apply: (group, values) => ({ ...group, ...values }),
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, (group) => (group ? { ...group, ...saved } : group));
    },
  });
}
