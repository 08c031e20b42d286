import { ROUTES } from '../../../../shared/api/routes';
import type { User } from '../../../../shared/schemas/user';
import { userKind } from '../../../entities/user/user-kind';
import { userQueries } from '../../../entities/user/user-queries';
import { EVERY_ENTITY } from '../../../entities/trust/write-meta';
import { callApi } from '../../../lib/api-client';
import { useDeleteEntity } from '../../../lib/use-delete-entity';

/**
 * DELETE /v2/users/{id} (a hard delete: no undo), then back to the Users tab. A refusal
 * (409: the owner, or the caller's own user) stays on the page as an error notice. The user
 * leaves its groups, the roles and policies it held, the trusts naming it and its sessions:
 * all of those are read again.
 */
export function useDeleteUser(user: User) {
  return useDeleteEntity(userKind, user, userQueries, {
    request: () => callApi(ROUTES.deleteUser, { params: { userId: user.id } }),
    meta: EVERY_ENTITY,
  });
}
