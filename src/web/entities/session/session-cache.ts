import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../../shared/schemas/session';
import type { RoleSessions } from './role-sessions';
import { sessionQueries } from './session-queries';

const sameSession = (a: Session, b: Session) =>
  (a.session_token !== '' && a.session_token === b.session_token) || (a.id !== '' && a.id === b.id);

/**
 * Takes a terminated session out of every cached session list at once (a user's, a role's), so
 * its row goes while the lists are read again.
 */
export function dropSession(queryClient: QueryClient, session: Session) {
  queryClient.setQueriesData<Session[] | RoleSessions>(
    { queryKey: sessionQueries.root() },
    (data) => {
      if (!data) return data;
      if (Array.isArray(data)) return data.filter((s) => !sameSession(s, session));
      return { ...data, sessions: data.sessions.filter((s) => !sameSession(s, session)) };
    },
  );
}
