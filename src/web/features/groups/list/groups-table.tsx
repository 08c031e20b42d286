import TableCell from '@mui/material/TableCell';
import { memo, useMemo } from 'react';
import type { Group } from '../../../../shared/schemas/group';
import { sortRows } from '../../../lib/sort';
import { GroupRolesCell } from './group-roles-cell';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { useTableSort } from '../../../components/sortable-columns';
import { wideCell } from '../../../components/table-sx';

const SORT_KEYS = ['name', 'description', 'members'] as const;
type SortKey = (typeof SORT_KEYS)[number];

function sortValue(group: Group, key: SortKey) {
  switch (key) {
    case 'name':
      return group.display_name;
    case 'description':
      return group.description;
    case 'members':
      return group.members.length;
  }
}

interface GroupsTableProps extends Paging {
  groups: Group[];
}

/**
 * One page of the (already searched) groups, sorted by the column picked; only the rows on the
 * page ask for their roles (which is why roles are not a sort column).
 */
export const GroupsTable = memo(function GroupsTable({ groups, ...paging }: GroupsTableProps) {
  const { sort, column } = useTableSort(SORT_KEYS);
  const sorted = useMemo(() => sortRows(groups, sort, sortValue), [groups, sort]);
  const columns: Column[] = [
    { label: 'Name', ...column('name', 'Name') },
    { label: 'Description', sx: wideCell, ...column('description', 'Description') },
    { label: 'Members', ...column('members', 'Members') },
    { label: 'Roles' },
  ];
  return (
    <PagedTable label="Groups" items={sorted} columns={columns} {...paging}>
      {(group) => (
        <>
          <NameCell to={`/groups/${group.id}`} name={group.display_name} />
          <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>{group.description}</TableCell>
          <TableCell>{group.members.length}</TableCell>
          <TableCell sx={{ overflowWrap: 'break-word' }}>
            <GroupRolesCell groupId={group.id} />
          </TableCell>
        </>
      )}
    </PagedTable>
  );
});
