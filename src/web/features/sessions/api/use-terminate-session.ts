import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import type { Session } from '../../../../shared/schemas/session';
import { callApi } from '../../../lib/api-client';
import { fullTokenOf, revocationKey } from '../../../lib/session-token';
import { heldCredentials } from '../model/held-credentials';
import { sessionQueries } from './session-queries';
import { checkSessionToken } from './token-check';
import type { TokenCheck } from './token-check';

export interface Terminated {
  session: Session;
  /** The follow-up check with the token, when its whole token is known; null when it is not. */
  check: TokenCheck | null;
}

/**
 * DELETE /v2/assumed-roles/{session token}, marks the token revoked when this tab holds it, then
 * presents the token once more to show it is refused now. The token is the one the list gave or, when the list showed only its end, the one
 * this tab holds.
 */
export function useTerminateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (session: Session): Promise<Terminated> => {
      const held = heldCredentials.tokenOf(session);
      const key = revocationKey(session, held);
      if (!key) {
        throw new Error(
          'The list did not give this session’s token, and this tab does not hold it.',
        );
      }
      await callApi(API.revokeSession, { params: { token: key } });
      // Credentials this tab shows for the session are dead now: say so wherever they are shown.
      if (held) heldCredentials.markRevoked(held);
      const token = held ?? fullTokenOf(session);
      return { session, check: token ? await checkSessionToken(token) : null };
    },
    gcTime: 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueries.userSessionsRoot() }),
  });
}
