import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { memo, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Group } from '../../../../shared/schemas/group';
import { GroupRolesCell } from './group-roles-cell';
import { PAGE_SIZES } from '../../../lib/list-view';

const WIDE = { display: { xs: 'none', md: 'table-cell' } } as const;

interface GroupsTableProps {
  groups: Group[];
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/** One page of the (already searched) groups; only its rows ask for their roles. */
export const GroupsTable = memo(function GroupsTable(props: GroupsTableProps) {
  const { groups, page, size, onPage, onSize } = props;
  const shown = Math.min(page, Math.max(0, Math.ceil(groups.length / size) - 1));
  const rows = useMemo(
    () => groups.slice(shown * size, shown * size + size),
    [groups, shown, size],
  );
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Groups">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell sx={WIDE}>Description</TableCell>
              <TableCell>Members</TableCell>
              <TableCell>Roles</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((group) => (
              <TableRow key={group.id} hover>
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  <Link component={RouterLink} to={`/groups/${group.id}`} sx={{ fontWeight: 500 }}>
                    {group.display_name}
                  </Link>
                </TableCell>
                <TableCell sx={{ ...WIDE, color: 'text.secondary' }}>{group.description}</TableCell>
                <TableCell>{group.members.length}</TableCell>
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  <GroupRolesCell groupId={group.id} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={groups.length}
        page={shown}
        rowsPerPage={size}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_e, next) => onPage(next)}
        onRowsPerPageChange={(e) => onSize(Number(e.target.value))}
      />
    </>
  );
});
