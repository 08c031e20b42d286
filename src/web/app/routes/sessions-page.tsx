import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  organizationQueries,
  useMe,
  useOrganization,
} from '../../features/organization/api/organization-queries';
import { EffectivePermissions } from '../../features/permissions/effective/effective-permissions';
import { heldRoleId } from '../../features/permissions/model/simulator';
import { SessionsPanel } from '../../features/sessions/components/sessions-panel';
import type { HeldSession } from '../../entities/session/held-credentials';

/** What freshly assumed credentials may do: their role's permissions, nothing of the caller's. */
function CredentialPermissions({ held }: { held: HeldSession }) {
  const roleId = heldRoleId(held.request);
  if (roleId === '') return null;
  return (
    <EffectivePermissions
      compact
      principal={{ kind: 'role', id: roleId }}
      title="What these credentials may do"
      simulatorPrincipal="session"
    />
  );
}

/** /sessions — the session panel; ?role=<role id> (the role page's Assume role) preselects a role. */
export function SessionsPage() {
  const [params] = useSearchParams();
  const health = useQuery(organizationQueries.health());
  const organization = useOrganization();
  const me = useMe();
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 2, fontWeight: 600 }}>
        Sessions
      </Typography>
      <SessionsPanel
        mode={health.data?.mode}
        upstreamHost={health.data?.upstream.host ?? ''}
        organizationId={organization.current?.id}
        me={me}
        initialRole={params.get('role') ?? ''}
        credentialPermissions={(held) => <CredentialPermissions held={held} />}
      />
    </>
  );
}
