import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Role } from '../../../../../shared/schemas/role';
import type { Session } from '../../../../../shared/schemas/session';
import { QuerySection } from '../../../../components/query-section';
import { issuerQueries } from '../../../../entities/issuer/issuer-queries';
import type { RoleSessions } from '../../../../entities/session/role-sessions';
import { holderOf } from '../../../../entities/session/session-holder';
import { sessionQueries } from '../../../../entities/session/session-queries';
import { SessionTable } from '../../../../entities/session/session-table';
import { TerminateSessionDialog } from '../../../../entities/session/terminate-session-dialog';
import { useTerminateSession } from '../../../../entities/session/use-terminate-session';
import { userQueries } from '../../../../entities/user/user-queries';
import { useConfirmTarget } from '../../../../lib/use-confirm-target';

const WEB_IDENTITY_NOTE =
  'Sessions started with web identity tokens cannot be listed on this upstream: Vultr lists sessions per user, and they belong to no user.';

/** Under the list (or its absence): why sessions of web identity tokens are not in it. */
function WebIdentityNote({ shown }: { shown: boolean | undefined }) {
  if (!shown) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
      {WEB_IDENTITY_NOTE}
    </Typography>
  );
}

/**
 * Who is acting as this role right now and from which address, when it started and ends (on the
 * viewer's clock, zone named) with a live countdown, and a way to end it.
 */
export function SessionsSection({ role }: { role: Role }) {
  const sessions = useQuery({ ...sessionQueries.ofRole(role.id), refetchInterval: 30_000 });
  const users = useQuery(userQueries.list());
  const issuers = useQuery(issuerQueries.list());
  const terminate = useTerminateSession({ notify: true });
  const ending = useConfirmTarget<Session>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const who = (s: Session) => holderOf(s, users.data, issuers.data);

  return (
    <QuerySection
      title="Active Sessions"
      headingRef={headingRef}
      query={sessions}
      what="active sessions"
      isEmpty={(d: RoleSessions) => d.sessions.length === 0}
      empty={
        <>
          <Typography color="text.secondary">No active sessions</Typography>
          <WebIdentityNote shown={sessions.data?.missesWebIdentity} />
        </>
      }
      after={
        <TerminateSessionDialog
          ending={ending}
          terminate={terminate}
          focusAfterConfirm={headingRef}
        />
      }
    >
      {({ sessions: list, missesWebIdentity }) => (
        <>
          <SessionTable
            sessions={list}
            columns={{ of: 'role', holderName: who }}
            onTerminate={(session) => ending.ask(session)}
          />
          <WebIdentityNote shown={missesWebIdentity} />
        </>
      )}
    </QuerySection>
  );
}
