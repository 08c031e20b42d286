import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import { memo, useMemo } from 'react';
import type { Policy } from '../../../../shared/schemas/policy';
import { sortRows } from '../../../lib/sort';
import { PolicyKindChip } from '../components/policy-kind-chip';
import { NameCell, PagedTable } from '../../../components/paged-table';
import type { Column, Paging } from '../../../components/paged-table';
import { useTableSort } from '../../../components/sortable-columns';
import { mediumCell, wideCell } from '../../../components/table-sx';

const SORT_KEYS = ['name', 'type', 'description', 'statements'] as const;
type SortKey = (typeof SORT_KEYS)[number];

function sortValue(policy: Policy, key: SortKey) {
  switch (key) {
    case 'name':
      return policy.name;
    case 'type':
      return policy.is_system_policy ? 'System' : 'Custom';
    case 'description':
      return policy.description;
    case 'statements':
      return policy.policy_document.Statement.length;
  }
}

interface PoliciesTableProps extends Paging {
  policies: Policy[];
}

/**
 * One page of the (already filtered) policies, sorted by the column picked, and the controls to
 * move between pages. Memoized, with stable callbacks, so typing in the search box re-renders it
 * only once filtering is done.
 */
export const PoliciesTable = memo(function PoliciesTable({
  policies,
  ...paging
}: PoliciesTableProps) {
  const { sort, column } = useTableSort(SORT_KEYS);
  const sorted = useMemo(() => sortRows(policies, sort, sortValue), [policies, sort]);
  const columns: Column[] = [
    { label: 'Name', ...column('name', 'Name') },
    { label: 'Type', sx: mediumCell, ...column('type', 'Type') },
    { label: 'Description', sx: wideCell, ...column('description', 'Description') },
    { label: 'Statements', align: 'right', ...column('statements', 'Statements') },
  ];
  return (
    <PagedTable label="Permission Policies" items={sorted} columns={columns} {...paging}>
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
