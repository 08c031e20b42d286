import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import type { Policy } from '../../../../shared/schemas/policy';
import { PolicyKindChip } from '../components/policy-kind-chip';
import type { ListTable } from '../../../components/list-tab';
import { sortable } from '../../../components/sorted-paged-table';
import { NameCell } from '../../../components/paged-table';
import { mediumCell, wideCell } from '../../../components/table-sx';

const statements = (p: Policy) => p.policy_document.Statement.length;

/** The Permission Policies tab's table. */
export const POLICIES_TABLE: ListTable<Policy> = {
  label: 'Permission Policies',
  columns: [
    sortable('Name', 'name', (p) => p.name),
    sortable('Type', 'type', (p) => (p.is_system_policy ? 'System' : 'Custom'), { sx: mediumCell }),
    sortable('Description', 'description', (p) => p.description, { sx: wideCell }),
    sortable('Statements', 'statements', statements, { align: 'right' }),
  ],
  row: (policy) => (
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
      <TableCell align="right">{statements(policy)}</TableCell>
    </>
  ),
};
