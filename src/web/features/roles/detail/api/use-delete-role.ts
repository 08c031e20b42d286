import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Role } from '../../../../../shared/schemas/role';
import { API } from '../../../../../shared/api/contract';
import { callApi } from '../../../../lib/api-client';
import { useNotify } from '../../../../lib/snackbar';
import { roleQueries } from '../../api/role-queries';
import { roleDetailQueries } from './role-detail-queries';

/**
 * DELETE /v2/roles/{id}, then back to the Roles tab with a notice whose Undo restores the role
 * (PATCH …/restore) and returns to its page. The notice outlives this page: TanStack runs the
 * restore mutation's own callbacks even after the component that started it has unmounted. The
 * restore reply may be empty: the role page then reads the role again.
 */
export function useDeleteRole(role: Role) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const detail = roleQueries.detail(role.id);
  const markRolesStale = () =>
    queryClient.invalidateQueries({ queryKey: roleDetailQueries.root(), refetchType: 'none' });

  const restore = useMutation({
    mutationFn: () => callApi(API.restoreRole, { params: { roleId: role.id } }),
    onSuccess: (restored) => {
      if (restored) queryClient.setQueryData(detail.queryKey, restored);
      else void queryClient.invalidateQueries({ queryKey: detail.queryKey });
      void markRolesStale();
      notify({ message: `Role ${restored?.name || role.name} restored` });
      void navigate(`/roles/${encodeURIComponent(role.id)}`);
    },
    onError: (error) =>
      notify({
        severity: 'error',
        message: `Could not restore role ${role.name}: ${error.message}`,
      }),
  });

  return useMutation({
    mutationFn: () => callApi(API.deleteRole, { params: { roleId: role.id } }),
    onSuccess: async () => {
      await navigate('/organization/roles');
      // Only once the page has gone, or it would refetch its role and find it missing.
      queryClient.removeQueries({ queryKey: detail.queryKey });
      void markRolesStale();
      notify({
        message: `Role ${role.name} deleted`,
        action: { label: 'Undo', onClick: () => restore.mutate() },
      });
    },
    onError: (error) =>
      notify({
        severity: 'error',
        message: `Could not delete role ${role.name}: ${error.message}`,
      }),
  });
}
