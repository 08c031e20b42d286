import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { API } from '../../../../shared/api/contract';
import type { User } from '../../../../shared/schemas/user';
import { callApi } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { userQueries } from './user-queries';

/**
 * DELETE /v2/users/{id} (a hard delete: no undo), then back to the Users tab. A refusal
 * (409: the owner, or the caller's own user) stays on the page as an error notice.
 */
export function useDeleteUser(user: User) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => callApi(API.deleteUser, { params: { userId: user.id } }),
    onSuccess: async () => {
      await navigate('/organization/users');
      // Only once the page has gone, or it would refetch the user and find it missing.
      queryClient.removeQueries({ queryKey: userQueries.detail(user.id).queryKey });
      queryClient.setQueryData(userQueries.all().queryKey, (users) =>
        users?.filter((u) => u.id !== user.id),
      );
      void queryClient.invalidateQueries({ queryKey: userQueries.all().queryKey });
      notify({ message: `User ${user.name} deleted` });
    },
    onError: (error) =>
      notify({
        severity: 'error',
        message: `Could not delete user ${user.name}: ${error.message}`,
      }),
  });
}
