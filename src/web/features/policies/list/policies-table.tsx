import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import { memo } from 'react';
import type { Policy } from '../../../../shared/schemas/policy';
import { PolicyKindChip } from '../components/policy-kind-chip';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { mediumCell, wideCell } from '../../../components/table-sx';

const COLUMNS: readonly Column[] = [
  { label: 'Name' },
  { label: 'Type', sx: mediumCell },
  { label: 'Description', sx: wideCell },
  { label: 'Statements', align: 'right' },
];

interface PoliciesTableProps extends Paging {
  policies: Policy[];
}

/**
 * One page of the (already filtered) policies and the controls to move between pages. Memoized,
 * with stable callbacks, so typing in the search box re-renders it only once filtering is done.
 */
export const PoliciesTable = memo(function PoliciesTable({
  policies,
  ...paging
}: PoliciesTableProps) {
  return (
    <PagedTable label="Permission Policies" items={policies} columns={COLUMNS} {...paging}>
      {(policy) => (
        <>
          <NameCell to={`/policies/${policy.id}`} name={policy.name}>
            {/* Narrow screens: the kind under the name, not in a column of its own. */}
            <Box sx={{ display: { xs: 'block', sm: 'none' }, mt: 0.5 }}>
              <PolicyKindChip system={policy.is_system_policy} />
            </Box>
          </NameCell>
          <TableCell sx={mediumCell}>
            <PolicyKindChip system={policy.is_system_policy} />
          </TableCell>
          <TableCell sx={{ ...wideCell, color: 'text.secondary' }}>{policy.description}</TableCell>
          <TableCell align="right">{policy.policy_document.Statement.length}</TableCell>
        </>
      )}
    </PagedTable>
  );
});
