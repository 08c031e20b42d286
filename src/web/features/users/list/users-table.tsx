import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import type { User } from '../../../../shared/schemas/user';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { instantValue, sortRows } from '../../../lib/sort';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { useTableSort } from '../../../components/sortable-columns';
import { mediumCell, wideCell } from '../../../components/table-sx';

function YesNo({ value }: { value: boolean }) {
  return (
    <Typography variant="body2" component="span" color={value ? 'text.primary' : 'text.secondary'}>
      {value ? 'Yes' : 'No'}
    </Typography>
  );
}

const SORT_KEYS = ['name', 'email', 'service', 'api', 'created'] as const;
type SortKey = (typeof SORT_KEYS)[number];

function sortValue(user: User, key: SortKey) {
  switch (key) {
    case 'name':
      return user.name;
    case 'email':
      return user.email;
    case 'service':
      return user.service_user;
    case 'api':
      return user.api_enabled;
    case 'created':
      return instantValue(user.date_created);
  }
}

interface UsersTableProps extends Paging {
  users: User[];
}

/**
 * One page of the (already searched) users, sorted by the column picked, and the controls to move
 * between pages. Wide screens give the email its own column; on a phone it sits under the name.
 */
export const UsersTable = memo(function UsersTable({ users, ...paging }: UsersTableProps) {
  const { sort, column } = useTableSort(SORT_KEYS);
  const sorted = useMemo(() => sortRows(users, sort, sortValue), [users, sort]);
  const columns: Column[] = [
    { label: 'Name', ...column('name', 'Name') },
    { label: 'Email', sx: mediumCell, ...column('email', 'Email') },
    { label: 'Service user', ...column('service', 'Service user') },
    { label: 'API enabled', ...column('api', 'API enabled') },
    { label: 'Created', sx: wideCell, ...column('created', 'Created') },
  ];
  return (
    <PagedTable label="Users" items={sorted} columns={columns} {...paging}>
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
