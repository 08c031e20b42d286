import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../../../shared/api/contract';
import type { Session } from '../../../../../shared/schemas/session';
import { callApi } from '../../../../lib/api-client';
import { revocationKey } from '../../../../lib/session-token';
import { useNotify } from '../../../../lib/snackbar';
import { roleDetailQueries } from './role-detail-queries';

/** DELETE /v2/assumed-roles/{session token}: the session's token stops working now. */
export function useTerminateSession(roleId: string) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: async (session: Session) => {
      const token = revocationKey(session, null);
      if (!token) throw new Error('the list did not give this session’s token');
      await callApi(API.revokeSession, { params: { token } });
    },
    onSuccess: (_reply, session) =>
      notify({ message: `Session ${session.session_name} terminated` }),
    onError: (error, session) =>
      notify({
        severity: 'error',
        message: `Could not terminate session ${session.session_name}: ${error.message}`,
      }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: roleDetailQueries.sessions(roleId).queryKey }),
  });
}
