import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { User } from '../../../../shared/schemas/user';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { PAGE_SIZES } from '../../../lib/list-view';
import { mediumCell, wideCell } from '../../../components/table-sx';

/** Wide screens give the email its own column; on a phone it sits under the name. */

function YesNo({ value }: { value: boolean }) {
  return (
    <Typography variant="body2" component="span" color={value ? 'text.primary' : 'text.secondary'}>
      {value ? 'Yes' : 'No'}
    </Typography>
  );
}

interface UsersTableProps {
  users: User[];
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/** One page of the (already searched) users, and the controls to move between pages. */
export const UsersTable = memo(function UsersTable(props: UsersTableProps) {
  const { users, page, size, onPage, onSize } = props;
  // A page past the end (a stale URL, or a search that just narrowed) shows the last one.
  const shown = Math.min(page, Math.max(0, Math.ceil(users.length / size) - 1));
  const rows = useMemo(() => users.slice(shown * size, shown * size + size), [users, shown, size]);
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Users">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell sx={mediumCell}>Email</TableCell>
              <TableCell>Service user</TableCell>
              <TableCell>API enabled</TableCell>
              <TableCell sx={wideCell}>Created</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((user) => (
              <TableRow key={user.id} hover>
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  <Link component={RouterLink} to={`/users/${user.id}`} sx={{ fontWeight: 500 }}>
                    {user.name}
                  </Link>
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', sm: 'none' } }}
                  >
                    {user.email}
                  </Typography>
                </TableCell>
                <TableCell sx={{ ...mediumCell, overflowWrap: 'anywhere' }}>{user.email}</TableCell>
                <TableCell>
                  <YesNo value={user.service_user} />
                </TableCell>
                <TableCell>
                  <YesNo value={user.api_enabled} />
                </TableCell>
                <TableCell sx={wideCell}>
                  <Tooltip title={absoluteTime(user.date_created)}>
                    <span>{relativeTime(user.date_created)}</span>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={users.length}
        page={shown}
        rowsPerPage={size}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_e, next) => onPage(next)}
        onRowsPerPageChange={(e) => onSize(Number(e.target.value))}
      />
    </>
  );
});
