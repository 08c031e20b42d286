import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session } from '../../../../../shared/schemas/session';
import { apiRequest } from '../../../../lib/api-client';
import { useNotify } from '../../../../lib/snackbar';
import { roleDetailQueries } from './role-detail-queries';
import { ignoredReplySchema } from './role-replies';

/** DELETE /v2/assumed-roles/{session id}: the session's token stops working now. */
export function useTerminateSession(roleId: string) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (session: Session) =>
      apiRequest(`/api/v2/assumed-roles/${encodeURIComponent(session.id)}`, ignoredReplySchema, {
        method: 'DELETE',
      }),
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
