import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Session } from '../../../../shared/schemas/session';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryState } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { describeTokenCheck } from '../api/token-check';
import { sessionQueries } from '../api/session-queries';
import { useTerminateSession } from '../api/use-terminate-session';
import { SessionsTable } from './sessions-table';

/**
 * A user's active sessions (the caller's when known), live countdowns, and Terminate with a
 * follow-up check of the token.
 */
export function ActiveSessions({ defaultUserId }: { defaultUserId: string | undefined }) {
  const [picked, setPicked] = useState<string | null>(null);
  const userId = picked ?? defaultUserId ?? '';
  const users = useQuery(sessionQueries.users());
  const roles = useQuery(sessionQueries.roles());
  const sessions = useQuery({ ...sessionQueries.userSessions(userId), enabled: userId !== '' });
  const terminate = useTerminateSession();
  const [ending, setEnding] = useState<Session | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const roleName = (s: Session) =>
    s.role_name || roles.data?.find((r) => r.id === s.role_id)?.name || s.role_id;
  const outcome = terminate.data;

  return (
    <SectionCard title="Active Sessions" headingRef={headingRef}>
      <TextField
        select
        label="User"
        value={users.data?.some((u) => u.id === userId) ? userId : ''}
        onChange={(e) => setPicked(e.target.value)}
        margin="dense"
        sx={{ width: { xs: '100%', sm: 380 }, maxWidth: '100%', mb: 1 }}
        helperText={users.error ? `Could not load the users: ${users.error.message}` : undefined}
      >
        {(users.data ?? []).map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.name} ({u.email})
          </MenuItem>
        ))}
      </TextField>
      <div role="status">
        {outcome && (
          <Alert severity={outcome.check?.state === 'refused' ? 'success' : 'info'} sx={{ mb: 1 }}>
            Session {outcome.session.session_name} terminated.{' '}
            {outcome.check
              ? `Its token, presented again: ${describeTokenCheck(outcome.check)}.`
              : 'Its whole token is not known here, so it cannot be presented again.'}
          </Alert>
        )}
      </div>
      {userId === '' ? (
        <Typography color="text.secondary">
          Pick a user to see their active sessions (Vultr lists sessions per user).
        </Typography>
      ) : (
        <QueryState
          what="active sessions"
          isPending={sessions.isPending}
          error={sessions.error}
          data={sessions.data}
          onRetry={() => void sessions.refetch()}
          isEmpty={(d) => d.length === 0}
          empty={<Typography color="text.secondary">No active sessions</Typography>}
        >
          {(list) => <SessionsTable sessions={list} roleName={roleName} onTerminate={setEnding} />}
        </QueryState>
      )}
      <ConfirmDialog
        open={ending !== null}
        title={`Terminate session ${ending?.session_name ?? ''}?`}
        confirmLabel="Terminate"
        destructive
        busy={terminate.isPending}
        focusAfterConfirm={headingRef}
        onConfirm={() => {
          if (ending) terminate.mutate(ending, { onSettled: () => setEnding(null) });
        }}
        onClose={() => setEnding(null)}
      >
        Its token stops working at once; whoever uses it has to assume the role again.
      </ConfirmDialog>
      {terminate.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          Could not terminate the session: {terminate.error.message}
        </Alert>
      )}
    </SectionCard>
  );
}
