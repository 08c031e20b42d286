import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Session } from '../../../../shared/schemas/session';
import { QueryView } from '../../../components/query-state';
import { SectionCard } from '../../../components/section-card';
import { useRoleList } from '../../../entities/role/use-roles';
import { sessionQueries } from '../../../entities/session/session-queries';
import { SessionTable } from '../../../entities/session/session-table';
import { describeTokenCheck } from '../../../entities/session/token-check';
import { TerminateSessionDialog } from '../../../entities/session/terminate-session-dialog';
import { useTerminateSession } from '../../../entities/session/use-terminate-session';
import { userQueries } from '../../../entities/user/user-queries';
import { useConfirmTarget } from '../../../lib/use-confirm-target';

/**
 * A user's active sessions (the caller's when known), live countdowns, and Terminate with a
 * follow-up check of the token.
 */
export function ActiveSessions({ defaultUserId }: { defaultUserId: string | undefined }) {
  const [picked, setPicked] = useState<string | null>(null);
  const userId = picked ?? defaultUserId ?? '';
  const users = useQuery(userQueries.list());
  const roles = useRoleList();
  const sessions = useQuery({ ...sessionQueries.ofUser(userId), enabled: userId !== '' });
  const terminate = useTerminateSession({ checkToken: true });
  const ending = useConfirmTarget<Session>();
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
        <QueryView query={sessions} what="active sessions" empty="No active sessions">
          {(list) => (
            <SessionTable
              sessions={list}
              columns={{ of: 'user', roleName }}
              onTerminate={ending.ask}
            />
          )}
        </QueryView>
      )}
      <TerminateSessionDialog
        ending={ending}
        terminate={terminate}
        focusAfterConfirm={headingRef}
      />
      {terminate.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          Could not terminate the session: {terminate.error.message}
        </Alert>
      )}
    </SectionCard>
  );
}
