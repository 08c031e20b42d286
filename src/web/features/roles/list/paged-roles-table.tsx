import TableCell from '@mui/material/TableCell';
import type { Role } from '../../../../shared/schemas/role';
import { humanDuration } from '../../../lib/dates';
import { instantValue } from '../../../lib/sort';
import type { ListTable } from '../../../components/list-tab';
import { sortable } from '../../../components/sorted-paged-table';
import { NameCell } from '../../../components/paged-table';
import { RelativeTime } from '../../../components/relative-time';
import { mediumCell, wideCell } from '../../../components/table-sx';
import { RoleTypeChip } from '../components/role-type-chip';

const created = (r: Role) => instantValue(r.date_created);

/** The Roles tab's table. */
export const ROLES_TABLE: ListTable<Role> = {
  label: 'Roles',
  columns: [
    sortable('Name', 'name', (r) => r.name),
    sortable('Type', 'type', (r) => r.role_type),
    sortable('Description', 'description', (r) => r.description, { sx: wideCell }),
    sortable('Max session', 'session', (r) => r.max_session_duration),
    sortable('Created', 'created', created, { sx: mediumCell }),
  ],
  row: (role) => (
    <>
      <NameCell to={`/roles/${role.id}`} name={role.name} />
      <TableCell>
        <RoleTypeChip type={role.role_type} />
      </TableCell>
      <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>{role.description}</TableCell>
      <TableCell>{humanDuration(role.max_session_duration)}</TableCell>
      <TableCell sx={mediumCell}>
        <RelativeTime iso={role.date_created} />
      </TableCell>
    </>
  ),
};
