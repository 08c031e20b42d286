import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ConsoleMode } from '../../../../shared/schemas/health';
import type { UserSummary } from '../../../../shared/schemas/person';
import { SectionCard } from '../../../components/section-card';
import { ActiveSessions } from '../active/active-sessions';
import { useAssume } from '../api/use-assume';
import { AssumeForm } from '../assume/assume-form';
import { AssumeError } from '../denied/assume-error';
import { resolveRole } from '../model/assume-form';
import { heldCredentials, useHeldCredentials } from '../../../entities/session/held-credentials';
import type { HeldSession } from '../../../entities/session/held-credentials';
import { useRoleList } from '../../../entities/role/use-roles';
import { stsEndpoint } from '../model/sts-request';
import type { StsTarget } from '../model/sts-request';
import { ResultPanel } from '../result/result-panel';
import { WhatIfSection } from '../what-if/what-if-section';

export interface SessionsPanelProps {
  mode: ConsoleMode | undefined;
  /** Live mode: the upstream's host, for the STS endpoint in curl commands. */
  upstreamHost: string;
  organizationId: string | undefined;
  /** Who the console's credential (the server's key, or the user's own) belongs to. */
  me: UserSummary | undefined;
  /** A role id from the URL (?role=…), preselected. */
  initialRole: string;
  /** What held credentials may do, shown beside their exports (the app supplies it). */
  credentialPermissions?: (held: HeldSession) => ReactNode;
}

/** The session panel: assume form, the credentials or the refusal, active sessions, what-if. */
export function SessionsPanel({
  mode,
  upstreamHost,
  organizationId,
  me,
  initialRole,
  credentialPermissions,
}: SessionsPanelProps) {
  const held = useHeldCredentials();
  const assume = useAssume();
  const roles = useRoleList();
  const [callerId, setCallerId] = useState<string | undefined>(undefined);
  const target: StsTarget = {
    endpoint: stsEndpoint(mode ?? 'embedded', window.location.origin, upstreamHost),
    organizationId,
  };
  const current = held.current;

  const failed = assume.isError ? assume.variables?.request : undefined;
  const failedRole = failed
    ? resolveRole(failed.role_arn ?? failed.role_id ?? '', roles.data ?? []).role
    : undefined;

  return (
    <Stack spacing={2}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <SectionCard title="Assume a role">
            <AssumeForm
              key={initialRole}
              mode={mode}
              me={me}
              target={target}
              initialRole={initialRole}
              busy={assume.isPending}
              onAssume={(request, roleName) => assume.mutate({ request, roleName })}
              onCallerChange={setCallerId}
            />
          </SectionCard>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            {assume.error && failed && (
              <AssumeError
                error={assume.error}
                request={failed}
                role={failedRole}
                userId={failed.action === 'AssumeRole' ? (failed.call_as ?? me?.id) : undefined}
                at={new Date(assume.submittedAt)}
              />
            )}
            {current ? (
              <ResultPanel
                held={current}
                target={target}
                renewing={assume.isPending}
                permissions={credentialPermissions?.(current)}
                onRenew={() =>
                  assume.mutate({ request: current.request, roleName: current.roleName })
                }
                onClear={() => {
                  heldCredentials.clear();
                  assume.reset();
                }}
              />
            ) : (
              !assume.error && (
                <SectionCard title="Temporary credentials">
                  <Typography variant="body2" color="text.secondary">
                    Assume a role to get temporary credentials. They stay in this tab’s memory only
                    — never stored, gone when the tab closes or on Clear.
                  </Typography>
                </SectionCard>
              )
            )}
          </Stack>
        </Grid>
      </Grid>
      <ActiveSessions defaultUserId={callerId ?? me?.id} />
      <WhatIfSection meId={me?.id} />
    </Stack>
  );
}
