import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { API } from '../../../../shared/api/contract';
import type { Group } from '../../../../shared/schemas/group';
import { callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { groupQueries } from './group-queries';

/** DELETE /v2/groups/{id} (a hard delete: no undo), then back to the Groups tab. */
export function useDeleteGroup(group: Group) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callApi(API.deleteGroup, { params: { groupId: group.id } }),
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
