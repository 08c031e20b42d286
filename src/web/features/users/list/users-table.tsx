import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { User } from '../../../../shared/schemas/user';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { mediumCell, wideCell } from '../../../components/table-sx';

function YesNo({ value }: { value: boolean }) {
  return (
    <Typography variant="body2" component="span" color={value ? 'text.primary' : 'text.secondary'}>
      {value ? 'Yes' : 'No'}
    </Typography>
  );
}

const COLUMNS: readonly Column[] = [
  { label: 'Name' },
  { label: 'Email', sx: mediumCell },
  { label: 'Service user' },
  { label: 'API enabled' },
  { label: 'Created', sx: wideCell },
];

interface UsersTableProps extends Paging {
  users: User[];
}

/**
 * One page of the (already searched) users, and the controls to move between pages. Wide screens
 * give the email its own column; on a phone it sits under the name.
 */
export const UsersTable = memo(function UsersTable({ users, ...paging }: UsersTableProps) {
  return (
    <PagedTable label="Users" items={users} columns={COLUMNS} {...paging}>
      {(user) => (
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
            {user.date_created ? (
              <Tooltip title={absoluteTime(user.date_created)}>
                <span>{relativeTime(user.date_created)}</span>
              </Tooltip>
            ) : (
              // Vultr's API does not say when a user was created; only the emulator does.
              <span>—</span>
            )}
          </TableCell>
        </>
      )}
    </PagedTable>
  );
});
