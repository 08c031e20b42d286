import AddIcon from '@mui/icons-material/Add';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Role } from '../../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { QueryView } from '../../../../components/query-state';
import { groupQueries } from '../../../../entities/group/group-queries';
import { issuerQueries } from '../../../../entities/issuer/issuer-queries';
import { trustQueries } from '../../../../entities/trust/trust-queries';
import { userQueries } from '../../../../entities/user/user-queries';
import { useDeleteTrust } from '../api/use-trust-mutations';
import { namesNeeded, trustedEntity } from '../../../../lib/trust-names';
import { useNow } from '../../../../lib/use-now';
import { browserZone } from '../../../../lib/zoned-time';
import { hasProblems, trustCountText, trustProblems } from '../model/trust-problems';
import { TrustCard } from './trust-card';
import { useConfirmTarget } from '../../../../lib/use-confirm-target';

/** The wizard links here with #trust or ?trust=open to show the trust it just created. */
function useTrustRequested(): boolean {
  const { hash, search } = useLocation();
  return hash === '#trust' || new URLSearchParams(search).get('trust') === 'open';
}

/** Who may assume the role, when and from where: one card per trust, in an expandable section. */
export function TrustSection({
  role,
  onEditTrust,
  onAddTrust,
}: {
  role: Role;
  onEditTrust?: (trust: RoleTrust) => void;
  /** Opens the form for one more trust on this role. */
  onAddTrust?: (role: Role) => void;
}) {
  const requested = useTrustRequested();
  const [expanded, setExpanded] = useState(requested);
  const [lastRequested, setLastRequested] = useState(requested);
  if (requested !== lastRequested) {
    // A later link to #trust opens the section again.
    setLastRequested(requested);
    if (requested) setExpanded(true);
  }
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (requested) anchor.current?.scrollIntoView({ block: 'start' });
  }, [requested]);

  const trusts = useQuery(trustQueries.ofRole(role.id));
  // Only the lists that name what the trusts leave unnamed (an issuer, always, on live Vultr).
  const needed = namesNeeded(trusts.data ?? []);
  const users = useQuery({ ...userQueries.list(), enabled: needed.users });
  const groups = useQuery({ ...groupQueries.list(), enabled: needed.groups });
  const issuers = useQuery({ ...issuerQueries.list(), enabled: needed.issuers });
  const directory = { users: users.data, groups: groups.data, issuers: issuers.data };
  const remove = useDeleteTrust(role.id);
  const deleting = useConfirmTarget<RoleTrust>();
  const now = useNow(30_000);
  const zone = browserZone();
  const problems = new Map(
    (trusts.data ?? []).map((t) => [t.id, trustProblems(t, { now, viewerZone: zone, directory })]),
  );
  const count = trusts.data?.length;
  const withProblems = [...problems.values()].filter(hasProblems).length;
  const addButton = onAddTrust && (
    <Box>
      <Button
        variant="outlined"
        size="small"
        startIcon={<AddIcon />}
        onClick={() => onAddTrust(role)}
      >
        Add trust
      </Button>
    </Box>
  );

  return (
    <Accordion
      ref={anchor}
      id="trust"
      variant="outlined"
      disableGutters
      expanded={expanded}
      onChange={(_e, open) => setExpanded(open)}
      slotProps={{ heading: { component: 'h2' } }}
      sx={{ borderRadius: 1, '&::before': { display: 'none' }, scrollMarginTop: 80 }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack
          direction="row"
          sx={{ alignItems: 'baseline', columnGap: 1.5, rowGap: 0.25, flexWrap: 'wrap' }}
        >
          <Typography variant="h6" component="span">
            Role Trust
          </Typography>
          {count !== undefined && (
            <Typography
              variant="body2"
              color="text.secondary"
              component="span"
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
            >
              {withProblems > 0 && (
                <WarningIcon color="warning" sx={{ fontSize: '1rem' }} aria-hidden="true" />
              )}
              {trustCountText(count, withProblems)}
            </Typography>
          )}
        </Stack>
      </AccordionSummary>
      <AccordionDetails sx={{ px: { xs: 1.5, sm: 2 } }}>
        <QueryView
          query={trusts}
          what="the role's trusts"
          empty={
            <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
              <Typography color="text.secondary">
                No trusts: nobody can assume this role until one is added.
              </Typography>
              {addButton}
            </Stack>
          }
        >
          {(list) => (
            <Stack spacing={2}>
              {addButton}
              {list.map((trust) => (
                <TrustCard
                  key={trust.id}
                  trust={trust}
                  directory={directory}
                  problems={problems.get(trust.id)}
                  onDelete={() => deleting.ask(trust)}
                  onEdit={onEditTrust && (() => onEditTrust(trust))}
                />
              ))}
            </Stack>
          )}
        </QueryView>
      </AccordionDetails>
      <ConfirmDialog
        title="Delete this trust?"
        confirmLabel="Delete trust"
        destructive
        {...deleting.dialog((trust) => remove.mutate(trust))}
      >
        {deleting.target ? trustedEntity(deleting.target, directory).name : ''} can no longer assume{' '}
        {role.name} through it. Sessions already started keep running. You can undo this right
        after.
      </ConfirmDialog>
    </Accordion>
  );
}
