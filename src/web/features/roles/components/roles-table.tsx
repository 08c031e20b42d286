import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Role } from '../../../../shared/schemas/role';
import { absoluteTime, humanDuration, relativeTime } from '../../../lib/dates';
import { RoleTypeChip } from './role-type-chip';
import { mediumCell, wideCell } from '../../../components/table-sx';

/** Memoized: typing in the search box re-renders the tab, but these rows only when they change. */
export const RolesTable = memo(function RolesTable({ roles }: { roles: Role[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Roles">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Type</TableCell>
            <TableCell sx={wideCell}>Description</TableCell>
            <TableCell>Max session</TableCell>
            <TableCell sx={mediumCell}>Created</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {roles.map((role) => (
            <TableRow key={role.id} hover>
              <TableCell>
                <Link component={RouterLink} to={`/roles/${role.id}`} sx={{ fontWeight: 500 }}>
                  {role.name}
                </Link>
              </TableCell>
              <TableCell>
                <RoleTypeChip type={role.role_type} />
              </TableCell>
              <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>
                {role.description}
              </TableCell>
              <TableCell>{humanDuration(role.max_session_duration)}</TableCell>
              <TableCell sx={mediumCell}>
                <Tooltip title={role.date_created ? absoluteTime(role.date_created) : ''}>
                  <span>{relativeTime(role.date_created)}</span>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
});
