import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Session } from '../../../../shared/schemas/session';
import { apiRequest } from '../../../lib/api-client';
import { heldCredentials } from '../model/held-credentials';
import { sessionQueries } from './session-queries';
import { checkSessionToken } from './token-check';
import type { TokenCheck } from './token-check';

export interface Terminated {
  session: Session;
  /** The follow-up check with the token, when this tab holds it; null when it does not. */
  check: TokenCheck | null;
}

/**
 * DELETE /v2/assumed-roles/{session id} (or, when the API gives no id, the token this tab holds),
 * then presents the token once more to show it is refused now.
 */
export function useTerminateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (session: Session): Promise<Terminated> => {
      const token = heldCredentials.tokenOf(session);
      const ref = session.id || token;
      if (!ref)
        throw new Error('The API gave this session no id, and this tab does not hold its token.');
      await apiRequest(`/api/v2/assumed-roles/${encodeURIComponent(ref)}`, z.unknown(), {
        method: 'DELETE',
      });
      return { session, check: token ? await checkSessionToken(token) : null };
    },
    gcTime: 0,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueries.userSessionsRoot() }),
  });
}
