import type { Role } from '../../../../../shared/schemas/role';
import { ROUTES } from '../../../../../shared/api/routes';
import { callApi } from '../../../../lib/api-client';
import { useDeleteEntity } from '../../../../lib/use-delete-entity';
import { roleKind } from '../../../../entities/role/role-kind';
import { roleQueries } from '../../../../entities/role/role-queries';
import { dropRoleFromList } from '../../../../entities/role/role-cache';
import { ROLE_LIFECYCLE } from './role-writes';

/**
 * DELETE /v2/roles/{id}, then back to the Roles tab with a notice whose Undo restores the role
 * (PATCH …/restore) and returns to its page. The restore reply may be empty: the role page then
 * reads the role again.
 */
export function useDeleteRole(role: Role) {
  const params = { params: { roleId: role.id } };
  // The roles list is paged: the role leaves its page of it.
  return useDeleteEntity(
    roleKind,
    role,
    { detail: roleQueries.detail },
    {
      request: () => callApi(ROUTES.deleteRole, params),
      restore: () => callApi(ROUTES.restoreRole, params),
      meta: ROLE_LIFECYCLE,
      dropFromList: (queryClient) => dropRoleFromList(queryClient, role.id),
    },
  );
}
