import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Group } from '../../../../shared/schemas/group';
import { apiRequest } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { groupPath, groupQueries } from './group-queries';
import { ignoredReplySchema } from './group-replies';

/** DELETE /v2/groups/{id} (a hard delete: no undo), then back to the Groups tab. */
export function useDeleteGroup(group: Group) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiRequest(groupPath(group.id), ignoredReplySchema, { method: 'DELETE' }),
    onSuccess: async () => {
      await navigate('/organization/groups');
      // Only once the page has gone, or it would refetch the group and find it missing.
      queryClient.removeQueries({ queryKey: groupQueries.detail(group.id).queryKey });
      queryClient.setQueryData(groupQueries.all().queryKey, (groups) =>
        groups?.filter((g) => g.id !== group.id),
      );
      void queryClient.invalidateQueries({ queryKey: groupQueries.all().queryKey });
      notify({ message: `Group ${group.display_name} deleted` });
    },
    onError: (error) =>
      notify({
        severity: 'error',
        message: `Could not delete group ${group.display_name}: ${error.message}`,
      }),
  });
}
