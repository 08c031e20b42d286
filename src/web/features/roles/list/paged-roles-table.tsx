import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import { memo, useMemo } from 'react';
import type { Role } from '../../../../shared/schemas/role';
import { absoluteTime, humanDuration, relativeTime } from '../../../lib/dates';
import { instantValue, sortRows } from '../../../lib/sort';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { useTableSort } from '../../../components/sortable-columns';
import { mediumCell, wideCell } from '../../../components/table-sx';
import { RoleTypeChip } from '../components/role-type-chip';

const SORT_KEYS = ['name', 'type', 'description', 'session', 'created'] as const;
type SortKey = (typeof SORT_KEYS)[number];

function sortValue(role: Role, key: SortKey) {
  switch (key) {
    case 'name':
      return role.name;
    case 'type':
      return role.role_type;
    case 'description':
      return role.description;
    case 'session':
      return role.max_session_duration;
    case 'created':
      return instantValue(role.date_created);
  }
}

interface PagedRolesTableProps extends Paging {
  roles: Role[];
}

/**
 * One page of the (already filtered) roles, sorted by the column picked, and the controls to move
 * between pages. Memoized, with stable callbacks from useRolesView, so a keystroke re-renders it
 * only once its filtering is done.
 */
export const PagedRolesTable = memo(function PagedRolesTable({
  roles,
  ...paging
}: PagedRolesTableProps) {
  const { sort, column } = useTableSort(SORT_KEYS);
  const sorted = useMemo(() => sortRows(roles, sort, sortValue), [roles, sort]);
  const columns: Column[] = [
    { label: 'Name', ...column('name', 'Name') },
    { label: 'Type', ...column('type', 'Type') },
    { label: 'Description', sx: wideCell, ...column('description', 'Description') },
    { label: 'Max session', ...column('session', 'Max session') },
    { label: 'Created', sx: mediumCell, ...column('created', 'Created') },
  ];
  return (
    <PagedTable label="Roles" items={sorted} columns={columns} {...paging}>
      {(role) => (
        <>
          <NameCell to={`/roles/${role.id}`} name={role.name} />
          <TableCell>
            <RoleTypeChip type={role.role_type} />
          </TableCell>
          <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>{role.description}</TableCell>
          <TableCell>{humanDuration(role.max_session_duration)}</TableCell>
          <TableCell sx={mediumCell}>
            <Tooltip title={role.date_created ? absoluteTime(role.date_created) : ''}>
              <span>{relativeTime(role.date_created)}</span>
            </Tooltip>
          </TableCell>
        </>
      )}
    </PagedTable>
  );
});
