import { ROUTES } from '../../../../shared/api/routes';
import type { Group } from '../../../../shared/schemas/group';
import { groupKind } from '../../../entities/group/group-kind';
import { groupQueries } from '../../../entities/group/group-queries';
import { EVERY_ENTITY } from '../../../entities/trust/write-meta';
import { callApi } from '../../../lib/api-client';
import { useDeleteEntity } from '../../../lib/use-delete-entity';

/**
 * DELETE /v2/groups/{id} (a hard delete: no undo), then back to the Groups tab. Its members'
 * groups, roles and policies, the roles and policies it held, the trusts naming it and the
 * sessions gathered through them are all read again.
 */
export function useDeleteGroup(group: Group) {
  return useDeleteEntity(groupKind, group, groupQueries, {
    request: () => callApi(ROUTES.deleteGroup, { params: { groupId: group.id } }),
    meta: EVERY_ENTITY,
  });
}
