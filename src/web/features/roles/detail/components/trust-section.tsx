import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Role } from '../../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { QueryState } from '../../../../components/query-state';
import { roleDetailQueries } from '../api/role-detail-queries';
import { useDeleteTrust } from '../api/use-trust-mutations';
import { namesNeeded, trustedEntity } from '../../../../lib/trust-names';
import { TrustCard } from './trust-card';
import { useConfirmTarget } from './use-confirm-target';

/** The wizard links here with #trust or ?trust=open to show the trust it just created. */
function useTrustRequested(): boolean {
  const { hash, search } = useLocation();
  return hash === '#trust' || new URLSearchParams(search).get('trust') === 'open';
}

/** Who may assume the role, when and from where: one card per trust, in an expandable section. */
export function TrustSection({
  role,
  onEditTrust,
}: {
  role: Role;
  onEditTrust?: (trust: RoleTrust) => void;
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

  const trusts = useQuery(roleDetailQueries.trusts(role.id));
  // Only the lists that name what the trusts leave unnamed (an issuer, always, on live Vultr).
  const needed = namesNeeded(trusts.data ?? []);
  const users = useQuery({ ...roleDetailQueries.users(), enabled: needed.users });
  const groups = useQuery({ ...roleDetailQueries.groups(), enabled: needed.groups });
  const issuers = useQuery({ ...roleDetailQueries.issuers(), enabled: needed.issuers });
  const directory = { users: users.data, groups: groups.data, issuers: issuers.data };
  const remove = useDeleteTrust(role.id);
  const deleting = useConfirmTarget<RoleTrust>();
  const count = trusts.data?.length;

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
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline' }}>
          <Typography variant="h6" component="span">
            Role Trust
          </Typography>
          {count !== undefined && (
            <Typography variant="body2" color="text.secondary" component="span">
              {count === 1 ? '1 trust' : `${count} trusts`}
            </Typography>
          )}
        </Stack>
      </AccordionSummary>
      <AccordionDetails sx={{ px: { xs: 1.5, sm: 2 } }}>
        <QueryState
          what="the role's trusts"
          isPending={trusts.isPending}
          error={trusts.error}
          data={trusts.data}
          onRetry={() => void trusts.refetch()}
          isEmpty={(d) => d.length === 0}
          empty={
            <Typography color="text.secondary">
              No trusts: nobody can assume this role until one is added.
            </Typography>
          }
        >
          {(list) => (
            <Stack spacing={2}>
              {list.map((trust) => (
                <TrustCard
                  key={trust.id}
                  trust={trust}
                  directory={directory}
                  onDelete={() => deleting.ask(trust)}
                  onEdit={onEditTrust && (() => onEditTrust(trust))}
                />
              ))}
            </Stack>
          )}
        </QueryState>
      </AccordionDetails>
      <ConfirmDialog
        open={deleting.open}
        title="Delete this trust?"
        confirmLabel="Delete trust"
        destructive
        onConfirm={() => {
          if (deleting.target) remove.mutate(deleting.target);
          deleting.close();
        }}
        onClose={() => deleting.close()}
      >
        {deleting.target ? trustedEntity(deleting.target, directory).name : ''} can no longer assume{' '}
        {role.name} through it. Sessions already started keep running. You can undo this right
        after.
      </ConfirmDialog>
    </Accordion>
  );
}
