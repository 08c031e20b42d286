import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import type { GroupValues } from '../../../../shared/schemas/group';
import { callApi } from '../../../lib/api-client';
import { groupQueries } from './group-queries';

/**
 * PUT /v2/groups/{id}: the page shows the new name at once and puts the old one back on failure.
 * The group is read again afterwards: the reply may be empty (read as null) or leave out the
 * members, so only its name and description are taken from it.
 */
export function useUpdateGroup(groupId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = groupQueries.detail(groupId);
  return useMutation({
    mutationFn: async (values: GroupValues): Promise<GroupValues> => {
      const reply = await callApi(API.updateGroup, { params: { groupId }, body: values });
      return reply
        ? {
            display_name: reply.display_name || values.display_name,
            description: reply.description,
          }
        : values;
    },
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey, exact: true });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) queryClient.setQueryData(queryKey, { ...previous, ...values });
      return { previous };
    },
    onError: (_error, _values, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, (group) => (group ? { ...group, ...saved } : group));
      void queryClient.invalidateQueries({ queryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: groupQueries.all().queryKey });
    },
  });
}
