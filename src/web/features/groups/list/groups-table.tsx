import TableCell from '@mui/material/TableCell';
import type { Group } from '../../../../shared/schemas/group';
import { GroupRolesCell } from './group-roles-cell';
import type { ListTable } from '../../../components/list-tab';
import { sortable } from '../../../components/sorted-paged-table';
import { NameCell } from '../../../components/paged-table';
import { wideCell } from '../../../components/table-sx';

/**
 * The Groups tab's table. Roles are no sort column: only the rows on the page ask for theirs.
 */
export const GROUPS_TABLE: ListTable<Group> = {
  label: 'Groups',
  columns: [
    sortable('Name', 'name', (g) => g.display_name),
    sortable('Description', 'description', (g) => g.description, { sx: wideCell }),
    sortable('Members', 'members', (g) => g.members.length),
    { label: 'Roles' },
  ],
  row: (group) => (
    <>
      <NameCell to={`/groups/${group.id}`} name={group.display_name} />
      <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>{group.description}</TableCell>
      <TableCell>{group.members.length}</TableCell>
      <TableCell sx={{ overflowWrap: 'break-word' }}>
        <GroupRolesCell groupId={group.id} />
      </TableCell>
    </>
  ),
};
