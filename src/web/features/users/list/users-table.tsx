import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import type { User } from '../../../../shared/schemas/user';
import { instantValue } from '../../../lib/sort';
import type { ListTable } from '../../../components/list-tab';
import { sortable } from '../../../components/sorted-paged-table';
import { NameCell } from '../../../components/paged-table';
import { RelativeTime } from '../../../components/relative-time';
import { mediumCell, wideCell } from '../../../components/table-sx';

function YesNo({ value }: { value: boolean }) {
  return (
    <Typography variant="body2" component="span" color={value ? 'text.primary' : 'text.secondary'}>
      {value ? 'Yes' : 'No'}
    </Typography>
  );
}

function userRow(user: User) {
  return (
    <>
      <NameCell to={`/users/${user.id}`} name={user.name}>
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ display: { xs: 'block', sm: 'none' } }}
        >
          {user.email}
        </Typography>
      </NameCell>
      <TableCell sx={{ ...mediumCell, overflowWrap: 'anywhere' }}>{user.email}</TableCell>
      <TableCell>
        <YesNo value={user.service_user} />
      </TableCell>
      <TableCell>
        <YesNo value={user.api_enabled} />
      </TableCell>
      <TableCell sx={wideCell}>
        <RelativeTime iso={user.date_created} />
      </TableCell>
    </>
  );
}

/**
 * The Users tab's table. Wide screens give the email its own column; on a phone it sits under
 * the name.
 */
export const USERS_TABLE: ListTable<User> = {
  label: 'Users',
  columns: [
    sortable('Name', 'name', (u) => u.name),
    sortable('Email', 'email', (u) => u.email, { sx: mediumCell }),
    sortable('Service user', 'service', (u) => u.service_user),
    sortable('API enabled', 'api', (u) => u.api_enabled),
    sortable('Created', 'created', (u) => instantValue(u.date_created), { sx: wideCell }),
  ],
  row: userRow,
};
