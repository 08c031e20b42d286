import Box from '@mui/material/Box';
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
import type { Policy } from '../../../../shared/schemas/policy';
import { PolicyKindChip } from '../components/policy-kind-chip';
import { PAGE_SIZES } from '../../../lib/list-view';
import { mediumCell, wideCell } from '../../../components/table-sx';

interface PoliciesTableProps {
  policies: Policy[];
  page: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/**
 * One page of the (already filtered) policies and the controls to move between pages. Memoized,
 * with stable callbacks, so typing in the search box re-renders it only once filtering is done.
 */
export const PoliciesTable = memo(function PoliciesTable(props: PoliciesTableProps) {
  const { policies, page, size, onPage, onSize } = props;
  // A page past the end (a stale URL, or a search that just narrowed) shows the last one.
  const shown = Math.min(page, Math.max(0, Math.ceil(policies.length / size) - 1));
  const rows = useMemo(
    () => policies.slice(shown * size, shown * size + size),
    [policies, shown, size],
  );
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Permission Policies">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell sx={mediumCell}>Type</TableCell>
              <TableCell sx={wideCell}>Description</TableCell>
              <TableCell align="right">Statements</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((policy) => (
              <TableRow key={policy.id} hover>
                <TableCell sx={{ overflowWrap: 'break-word' }}>
                  <Link
                    component={RouterLink}
                    to={`/policies/${policy.id}`}
                    sx={{ fontWeight: 500 }}
                  >
                    {policy.name}
                  </Link>
                  {/* Narrow screens: the kind under the name, not in a column of its own. */}
                  <Box sx={{ display: { xs: 'block', sm: 'none' }, mt: 0.5 }}>
                    <PolicyKindChip system={policy.is_system_policy} />
                  </Box>
                </TableCell>
                <TableCell sx={mediumCell}>
                  <PolicyKindChip system={policy.is_system_policy} />
                </TableCell>
                <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>
                  {policy.description}
                </TableCell>
                <TableCell align="right">{policy.policy_document.Statement.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={policies.length}
        page={shown}
        rowsPerPage={size}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_e, next) => onPage(next)}
        onRowsPerPageChange={(e) => onSize(Number(e.target.value))}
      />
    </>
  );
});
