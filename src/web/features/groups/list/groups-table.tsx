import TableCell from '@mui/material/TableCell';
import { memo } from 'react';
import type { Group } from '../../../../shared/schemas/group';
import { GroupRolesCell } from './group-roles-cell';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { wideCell } from '../../../components/table-sx';

const COLUMNS: readonly Column[] = [
  { label: 'Name' },
  { label: 'Description', sx: wideCell },
  { label: 'Members' },
  { label: 'Roles' },
];

interface GroupsTableProps extends Paging {
  groups: Group[];
}

/** One page of the (already searched) groups; only its rows ask for their roles. */
export const GroupsTable = memo(function GroupsTable({ groups, ...paging }: GroupsTableProps) {
  return (
    <PagedTable label="Groups" items={groups} columns={COLUMNS} {...paging}>
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
