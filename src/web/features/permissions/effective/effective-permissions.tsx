import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { OrgGraph } from '../../../../shared/iam/evaluate';
import { SectionCard } from '../../../components/section-card';
import { CheckInSimulator } from '../../../lib/simulator-link';
import { useOrgGraph, usePrincipalPolicies } from '../model/org-graph';
import { simulatorHref } from '../model/simulator-href';
import { permissionsByService } from './permissions-by-service';
import { PermissionsTable } from './permissions-table';

export interface PrincipalKey {
  kind: 'user' | 'group' | 'role';
  id: string;
}

export interface EffectivePermissionsProps {
  principal: PrincipalKey;
  /** The heading; "Effective permissions" unless said. */
  title?: string;
  /** Whom the simulator link evaluates (`session` for held credentials); the principal otherwise. */
  simulatorPrincipal?: string;
  /** Smaller and without its own card, inside another section (the Sessions page's credentials). */
  compact?: boolean;
}

/** Whose permissions the table shows, in a sentence under the heading. */
function intro(p: PrincipalKey, graph: OrgGraph | undefined): string {
  if (p.kind === 'user') {
    return 'What this user may do through its own policies, its assignable roles, and its groups (with their roles).';
  }
  if (p.kind === 'group') {
    return 'What every member gets from this group: its policies and those of its assignable roles. Members may hold more of their own.';
  }
  const role = graph?.roles.find((r) => r.id === p.id);
  return role?.type === 'assignable'
    ? 'What the users and groups holding this role get from it: its policies.'
    : 'What a session of this role may do: the role’s policies, and nothing else of whoever assumed it.';
}

const OWNER_NOTE =
  'Organization owner — always allowed everything. Vultr does not say who the owner is: should this user own the organization, that applies instead.';

/**
 * Effective permissions: what a user, group or role may do, by service, each service expandable
 * to the statements it comes from, worked out in the browser from the organization's policies.
 */
export function EffectivePermissions({
  principal,
  title = 'Effective permissions',
  simulatorPrincipal,
  compact = false,
}: EffectivePermissionsProps) {
  const { data, graph, isPending, error } = usePrincipalPolicies(principal);
  const org = useOrgGraph();
  const view = useMemo(() => (data ? permissionsByService(data) : undefined), [data]);
  const href = simulatorHref(simulatorPrincipal ?? `${principal.kind}:${principal.id}`);
  const headingId = useId();

  let body: ReactNode;
  if (error && !view) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void org.refetch()}>
            Retry
          </Button>
        }
      >
        Could not work out the permissions: {error.message}
        <CheckInSimulator error={error} />
      </Alert>
    );
  } else if (isPending || !view) {
    body = (
      <Box role="progressbar" aria-busy="true" aria-label={`Loading ${title.toLowerCase()}`}>
        {Array.from({ length: compact ? 2 : 4 }, (_, i) => (
          <Skeleton key={i} height={36} />
        ))}
      </Box>
    );
  } else if (view.owner) {
    body = <Typography variant="body2">Allowed everything (organization owner)</Typography>;
  } else if (view.services.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary">
        No policy allows anything: every action is denied.
      </Typography>
    );
  } else {
    body = (
      <Stack spacing={1}>
        <PermissionsTable services={view.services} label={title} compact={compact} />
        {view.nothingIn.length > 0 && (
          <Typography variant="caption" color="text.secondary">
            Nothing allowed in {view.nothingIn.join(', ')}.
          </Typography>
        )}
      </Stack>
    );
  }

  const link = (
    <Link component={RouterLink} to={href} variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      Open in Policy Simulator
    </Link>
  );

  if (compact) {
    return (
      <Box component="section" aria-labelledby={headingId} data-testid="effective-permissions">
        <Stack
          direction="row"
          sx={{ mb: 0.5, alignItems: 'baseline', justifyContent: 'space-between', gap: 1 }}
        >
          <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {link}
        </Stack>
        {body}
      </Box>
    );
  }
  return (
    <SectionCard title={title} action={link}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {intro(principal, graph)}
      </Typography>
      {principal.kind === 'user' && view && !view.owner && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {OWNER_NOTE}
        </Typography>
      )}
      {body}
    </SectionCard>
  );
}
