import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupValues } from '../../../../shared/schemas/group';
import { apiRequest } from '../../../lib/api-client';
import { groupPath, groupQueries } from './group-queries';
import { groupReplySchema } from './group-replies';

/** PUT /v2/groups/{id}: the page shows the new name at once and puts the old one back on failure. */
export function useUpdateGroup(groupId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = groupQueries.detail(groupId);
  return useMutation({
    mutationFn: (values: GroupValues) =>
      apiRequest(groupPath(groupId), groupReplySchema, { method: 'PUT', body: values }),
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey, exact: true });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) queryClient.setQueryData(queryKey, { ...previous, ...values });
      return { previous };
    },
    onError: (_error, _values, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (group) => {
      queryClient.setQueryData(queryKey, group);
      void queryClient.invalidateQueries({ queryKey: groupQueries.all().queryKey });
    },
  });
}
