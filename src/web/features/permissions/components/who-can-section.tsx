import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { OrgGraph } from '../../../../shared/iam/evaluate';
import { SectionCard } from '../../../components/section-card';
import { useNow } from '../../../lib/use-now';
import { whoCanQueries } from '../api/who-can-queries';
import { ACTION_OPTIONS } from '../model/simulator';
import { simulatorHref } from '../model/simulator-href';
import { whoCanRows } from '../model/who-can';
import type { Assumer, WhoCanRow } from '../model/who-can';
import { actionCatalogue, ResourceField } from './action-catalogue';
import { StatementList } from './statement-list';

// One concrete action: wildcards are not offered.
const CATALOGUE = actionCatalogue(
  ACTION_OPTIONS.filter((o) => !o.wildcard),
  '',
);

const KIND_WORDS = { user: 'User', group: 'Group', role: 'Assumable role' } as const;
const PAGES = { user: 'users', group: 'groups', role: 'roles' } as const;

function Assumers({
  assumers,
  failed,
}: {
  assumers: readonly Assumer[] | undefined;
  /** The trusts could not be loaded. */
  failed: boolean;
}) {
  if (assumers === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        {failed ? 'Not known' : 'Loading the role’s trusts…'}
      </Typography>
    );
  }
  const now = assumers.filter((a) => a.now);
  const later = assumers.filter((a) => !a.now);
  if (assumers.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        Nobody: no trust of the role names anyone.
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2">
        <strong>May assume it now:</strong>{' '}
        {now.length === 0
          ? 'nobody'
          : now.map((a) => (a.note ? `${a.name} (${a.note})` : a.name)).join(', ')}
      </Typography>
      {later.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          Named by a trust, not now:{' '}
          {later.map((a) => `${a.name} (${a.reason ?? 'a condition fails'})`).join('; ')}
        </Typography>
      )}
    </Stack>
  );
}

function ResultRow({
  row,
  action,
  trustsFailed,
}: {
  row: WhoCanRow;
  action: string;
  trustsFailed: boolean;
}) {
  return (
    <TableRow data-kind={row.kind}>
      <TableCell component="th" scope="row">
        <Link
          component={RouterLink}
          to={`/${PAGES[row.kind]}/${encodeURIComponent(row.id)}`}
          sx={{ overflowWrap: 'anywhere' }}
        >
          {row.name}
        </Link>
        <Typography variant="caption" color="text.secondary" component="div">
          {KIND_WORDS[row.kind]} ·{' '}
          <Link component={RouterLink} to={simulatorHref(`${row.kind}:${row.id}`, [action])}>
            Simulate
          </Link>
        </Typography>
      </TableCell>
      <TableCell>
        <StatementList statements={row.statements} />
      </TableCell>
      <TableCell>
        {row.kind === 'role' ? (
          <Assumers assumers={row.assumers} failed={trustsFailed} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            —
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
}

interface WhoCanSectionProps {
  graph: OrgGraph;
  action: string;
  onAction: (action: string) => void;
  resource: string;
  onResource: (resource: string) => void;
}

/**
 * Who can? — every user, group and assumable role whose policies allow one action, with why;
 * for each such role, who may assume it at this moment.
 */
export function WhoCanSection({
  graph,
  action,
  onAction,
  resource,
  onResource,
}: WhoCanSectionProps) {
  const known = action === '' || CATALOGUE.has(action);
  const assumable = useMemo(
    () => graph.roles.filter((r) => r.type === 'assumable').map((r) => r.id),
    [graph],
  );
  const trusts = useQuery({ ...whoCanQueries.assumableTrusts(assumable), enabled: action !== '' });
  const now = useNow(60_000);
  const rows = useMemo(
    () =>
      action !== '' && known
        ? whoCanRows(graph, action, resource, trusts.data?.byRole, now, trusts.data?.issuers)
        : null,
    [graph, action, known, resource, trusts.data, now],
  );
  return (
    <SectionCard title="Who can?">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Every user, group and assumable role whose policies allow an action, and for each such role
        who may assume it now (its trusts’ conditions, checked at this moment).
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <Autocomplete
          options={CATALOGUE.values}
          value={known && action !== '' ? action : null}
          onChange={(_e, v) => onAction(v ?? '')}
          groupBy={CATALOGUE.groupBy}
          filterOptions={CATALOGUE.filterOptions}
          renderOption={CATALOGUE.renderOption}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Action"
              placeholder="e.g. iam.role.Create"
              error={!known}
              helperText={
                known ? 'One action of the catalogue' : `“${action}” is not a known action`
              }
            />
          )}
          sx={{ flex: 1, minWidth: 0 }}
        />
        <ResourceField value={resource} onChange={onResource} />
      </Stack>
      {trusts.error && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Could not load the roles’ trusts, so who may assume them is not shown:{' '}
          {trusts.error.message}
        </Alert>
      )}
      {rows === null ? (
        <Typography color="text.secondary">Choose an action to see who may perform it.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label="Who can">
            <TableHead>
              <TableRow>
                <TableCell>Principal</TableCell>
                <TableCell>Allowed by</TableCell>
                <TableCell>Who may assume it now</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow data-kind="owner">
                <TableCell component="th" scope="row">
                  Organization owner — always allowed everything
                </TableCell>
                <TableCell colSpan={2}>
                  <Typography variant="body2" color="text.secondary">
                    The owner needs no policy. Vultr does not say which user owns the organization.
                  </Typography>
                </TableCell>
              </TableRow>
              {rows.map((row) => (
                <ResultRow
                  key={`${row.kind}:${row.id}`}
                  row={row}
                  action={action}
                  trustsFailed={trusts.error !== null}
                />
              ))}
              {rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3}>
                    <Typography variant="body2" color="text.secondary">
                      No user, group or assumable role besides the owner may do this.
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </SectionCard>
  );
}
