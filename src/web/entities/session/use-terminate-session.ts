import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../shared/api/routes';
import type { Session } from '../../../shared/schemas/session';
import { callApi } from '../../lib/api-client';
import { fullTokenOf, revocationKey } from '../../lib/session-token';
import { useNotify } from '../../lib/snackbar';
import { heldCredentials } from './held-credentials';
import { dropSession } from './session-cache';
import { sessionQueries } from './session-queries';
import { checkSessionToken } from './token-check';
import type { TokenCheck } from './token-check';

export interface Terminated {
  session: Session;
  /**
   * The follow-up check with the token, when it was asked for and the whole token is known;
   * null otherwise.
   */
  check: TokenCheck | null;
}

export interface TerminateSessionOptions {
  /** Present the token once more after the delete, to show it is refused now (Sessions page). */
  checkToken?: boolean;
  /** Say how it ended in a notice at the bottom of the screen (a role's page). */
  notify?: boolean;
}

/**
 * DELETE /v2/assumed-roles/{session token}. The token is the one the list gave or, when the list
 * showed only its end, the one this tab holds. Credentials this tab holds for the session are
 * marked revoked wherever they are shown.
 */
export async function terminateSession(
  session: Session,
  { checkToken = false }: Pick<TerminateSessionOptions, 'checkToken'> = {},
): Promise<Terminated> {
  const held = heldCredentials.tokenOf(session);
  const key = revocationKey(session, held);
  if (!key) {
    throw new Error('The list did not give this session’s token, and this tab does not hold it.');
  }
  await callApi(ROUTES.revokeSession, { params: { token: key } });
  if (held) heldCredentials.markRevoked(held);
  const token = held ?? fullTokenOf(session);
  return { session, check: checkToken && token ? await checkSessionToken(token) : null };
}

/**
 * Terminate, from the Sessions page or a role's page (`terminateSession`): the session leaves
 * every cached session list at once, and the lists are read again.
 */
export function useTerminateSession({
  checkToken = false,
  notify = false,
}: TerminateSessionOptions = {}) {
  const queryClient = useQueryClient();
  const say = useNotify();
  return useMutation({
    mutationFn: (session: Session) => terminateSession(session, { checkToken }),
    meta: { invalidates: [sessionQueries.root()] },
    gcTime: 0,
    onSuccess: ({ session }) => {
      // The row goes at once; `invalidates` reads the lists again behind it.
      dropSession(queryClient, session);
      if (notify) say({ message: `Session ${session.session_name} terminated` });
    },
    onError: (error, session) => {
      if (notify) {
        say({
          severity: 'error',
          message: `Could not terminate session ${session.session_name}: ${error.message}`,
        });
      }
    },
  });
}
