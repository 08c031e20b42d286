import { memo } from 'react';
import type { Role } from '../../../../shared/schemas/role';
import { RolesTable } from '../components/roles-table';
import { PageControls, usePageRows } from '../../../components/paged-table';
import type { Paging } from '../../../components/paged-table';

interface PagedRolesTableProps extends Paging {
  roles: Role[];
}

/**
 * One page of the (already filtered) roles, and the controls to move between pages. Memoized,
 * with stable callbacks from useRolesView, so a keystroke re-renders it only once its filtering is done.
 */
export const PagedRolesTable = memo(function PagedRolesTable({
  roles,
  ...paging
}: PagedRolesTableProps) {
  const { shown, rows } = usePageRows(roles, paging.page, paging.size);
  return (
    <>
      <RolesTable roles={rows} />
      <PageControls {...paging} count={roles.length} page={shown} />
    </>
  );
});
