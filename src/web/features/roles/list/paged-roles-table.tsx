import TablePagination from '@mui/material/TablePagination';
import { memo, useMemo } from 'react';
import type { Role } from '../../../../shared/schemas/role';
import { RolesTable } from '../components/roles-table';
import { PAGE_SIZES } from '../../../lib/list-view';

interface PagedRolesTableProps {
  roles: Role[];
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/**
 * One page of the (already filtered) roles, and the controls to move between pages. Memoized,
 * with stable callbacks from useRolesView, so a keystroke re-renders it only once its filtering is done.
 */
export const PagedRolesTable = memo(function PagedRolesTable({
  roles,
  page,
  size,
  onPage,
  onSize,
}: PagedRolesTableProps) {
  // A page past the end (a stale URL, or a search that just narrowed) shows the last one.
  const lastPage = Math.max(0, Math.ceil(roles.length / size) - 1);
  const shown = Math.min(page, lastPage);
  const rows = useMemo(() => roles.slice(shown * size, shown * size + size), [roles, shown, size]);
  return (
    <>
      <RolesTable roles={rows} />
      <TablePagination
        component="div"
        count={roles.length}
        page={shown}
        rowsPerPage={size}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_e, next) => onPage(next)}
        onRowsPerPageChange={(e) => onSize(Number(e.target.value))}
      />
    </>
  );
});
