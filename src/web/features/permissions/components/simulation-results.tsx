import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import type { SimulationGroup, SimulationRow } from '../model/simulator';
import { StatementList } from './statement-list';
import { VerdictChip } from './verdict-chip';

const mono = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const;

function ResultRow({ row, nested }: { row: SimulationRow; nested: boolean }) {
  const { verdict, statements } = row.evaluation;
  return (
    <TableRow data-action={row.action}>
      <TableCell component="th" scope="row" sx={{ pl: nested ? 4 : undefined }}>
        <Typography variant="body2" sx={mono}>
          {row.action}
        </Typography>
        {row.description && (
          <Typography variant="caption" color="text.secondary">
            {row.description}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <VerdictChip verdict={verdict} />
      </TableCell>
      <TableCell>
        <StatementList statements={statements} />
      </TableCell>
    </TableRow>
  );
}

/** A wildcard: one summary row, and below it each action it covers (folded away on request). */
function PatternRows({ group }: { group: SimulationGroup }) {
  const [open, setOpen] = useState(true);
  const n = group.rows.length;
  return (
    <>
      <TableRow sx={{ bgcolor: 'action.hover' }}>
        <TableCell component="th" scope="rowgroup" colSpan={3}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <IconButton
              size="small"
              aria-expanded={open}
              aria-label={`${open ? 'Hide' : 'Show'} the actions ${group.entry} covers`}
              onClick={() => setOpen(!open)}
            >
              {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
            </IconButton>
            <Typography variant="body2" sx={{ ...mono, fontWeight: 600 }}>
              {group.entry}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {n === 1 ? '1 action' : `${n} actions`} · {group.allowed} allowed ·{' '}
              {n - group.allowed} denied
            </Typography>
          </Box>
        </TableCell>
      </TableRow>
      {open && group.rows.map((row) => <ResultRow key={row.action} row={row} nested />)}
    </>
  );
}

/** One row per action asked (a wildcard: one per action it covers), with its verdict and why. */
export function SimulationResults({ groups }: { groups: readonly SimulationGroup[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Simulation results">
        <TableHead>
          <TableRow>
            <TableCell>Action</TableCell>
            <TableCell>Verdict</TableCell>
            <TableCell>Deciding statements</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map((group) => (
            <Fragment key={group.entry}>
              {group.pattern ? (
                <PatternRows group={group} />
              ) : (
                group.rows.map((row) => <ResultRow key={row.action} row={row} nested={false} />)
              )}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
