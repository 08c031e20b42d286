import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useId, useState } from 'react';
import { visuallyHidden } from '../../../components/table-sx';
import type { DecidingStatement } from '../../../../shared/iam/evaluate';
import { StatementList } from '../components/statement-list';
import { VerdictChip } from '../components/verdict-chip';
import { groupByDecision } from './permissions-by-service';
import type { ResourcePermissions, ServicePermissions } from './permissions-by-service';

const mono = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const;

/** "Denied (explicit): a, b": the actions named in a line, or nothing when there are none. */
function ActionNames(props: { lead: string; color: string; actions: { action: string }[] }) {
  if (props.actions.length === 0) return null;
  return (
    <Typography variant="body2" color={props.color}>
      {props.lead}:{' '}
      {props.actions.map((a, i) => (
        <Fragment key={a.action}>
          {i > 0 && ', '}
          <Box component="span" sx={mono}>
            {a.action}
          </Box>
        </Fragment>
      ))}
    </Typography>
  );
}

/** The statements of several decisions, each once. */
function distinct(lists: readonly (readonly DecidingStatement[])[]): DecidingStatement[] {
  const seen = new Map<string, DecidingStatement>();
  for (const list of lists) {
    for (const s of list) {
      seen.set(`${s.policyId}:${s.index}:${s.via.map((v) => v.id).join('/')}`, s);
    }
  }
  return [...seen.values()];
}

/** Explicitly denied actions of a service, as short names: "compute.instance.Delete". */
const deniedActions = (s: ServicePermissions) =>
  s.resources.flatMap((r) => r.actions.filter((a) => a.verdict === 'explicitDeny'));

/** One resource of an expanded service: its actions gathered by the statements deciding them. */
function ResourceDetail({ resource }: { resource: ResourcePermissions }) {
  const groups = groupByDecision(resource.actions);
  const takenBack = resource.actions.filter((a) => a.deniedOn.length > 0);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {resource.label}
        {resource.summary && (
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            — {resource.summary}
          </Typography>
        )}
      </Typography>
      <Stack spacing={0.75} sx={{ mt: 0.5, pl: 1 }}>
        {groups.map((g) => (
          <Box key={`${g.verdict}:${g.actions.join(',')}`} data-actions={g.actions.join(' ')}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <VerdictChip verdict={g.verdict} />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {g.operations.join(', ')}
              </Typography>
            </Stack>
            <StatementList statements={g.statements} />
          </Box>
        ))}
        {takenBack.map((a) => (
          <Box key={`denied-on:${a.action}`}>
            <Typography variant="body2">
              <Box component="span" sx={mono}>
                {a.action}
              </Box>{' '}
              is denied on {a.deniedOn.map((d) => d.resource).join(', ')}
            </Typography>
            <StatementList statements={distinct(a.deniedOn.map((d) => d.statements))} />
          </Box>
        ))}
        {resource.someResources.map((a) => (
          <Box key={`some:${a.action}`}>
            <Typography variant="body2">
              <Box component="span" sx={mono}>
                {a.action}
              </Box>{' '}
              only on {a.allowedOn.map((d) => d.resource).join(', ')}
            </Typography>
            <StatementList statements={distinct(a.allowedOn.map((d) => d.statements))} />
          </Box>
        ))}
      </Stack>
    </Box>
  );
}

function ServiceRows({ service, compact }: { service: ServicePermissions; compact: boolean }) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const denied = deniedActions(service);
  const some = service.resources.flatMap((r) => r.someResources);
  return (
    <>
      <TableRow
        data-service={service.service}
        sx={{ '& > *': { borderBottom: open ? 0 : undefined } }}
      >
        <TableCell padding="checkbox" sx={{ verticalAlign: 'top' }}>
          <IconButton
            size="small"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            aria-label={`${open ? 'Hide' : 'Show'} where the ${service.label} permissions come from`}
            onClick={() => setOpen(!open)}
          >
            {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </IconButton>
        </TableCell>
        <TableCell component="th" scope="row" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
          {service.label}
        </TableCell>
        <TableCell sx={{ verticalAlign: 'top' }}>
          <Typography variant="body2">{service.summary}</Typography>
          <ActionNames lead="Denied (explicit)" color="error" actions={denied} />
          <ActionNames lead="On some resources" color="text.secondary" actions={some} />
          {!compact && (
            <Typography variant="caption" color="text.secondary">
              {service.allowed} of {service.total} actions allowed
            </Typography>
          )}
        </TableCell>
      </TableRow>
      {open && (
        <TableRow data-service-detail={service.service}>
          <TableCell />
          <TableCell colSpan={2} id={detailId}>
            <Stack spacing={1.5} sx={{ pb: 1 }}>
              {service.resources.map((r) => (
                <ResourceDetail key={r.resource} resource={r} />
              ))}
            </Stack>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/** What a principal may do, one row per service, each expandable to where it comes from. */
export function PermissionsTable({
  services,
  label,
  compact = false,
}: {
  services: readonly ServicePermissions[];
  label: string;
  compact?: boolean;
}) {
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Box component="span" sx={visuallyHidden}>
                Details
              </Box>
            </TableCell>
            <TableCell>Service</TableCell>
            <TableCell>What it may do</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {services.map((s) => (
            <ServiceRows key={s.service} service={s} compact={compact} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
