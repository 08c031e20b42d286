import type { RefObject } from 'react';
import type { Session } from '../../../shared/schemas/session';
import { ConfirmDialog } from '../../components/confirm-dialog';

interface TerminateSessionDialogProps {
  /** The session asked about (kept while the dialog fades out), and whether it is asked. */
  ending: { target: Session | null; open: boolean; close: () => void };
  /** The termination (a `useTerminateSession` result fits). */
  terminate: {
    mutate: (session: Session, options: { onSettled: () => void }) => void;
    isPending: boolean;
  };
  /** Where focus goes once the session's row is gone: the section's heading. */
  focusAfterConfirm: RefObject<HTMLHeadingElement | null>;
}

/** "Terminate session …?": ends it on Terminate, and closes once the request has settled. */
export function TerminateSessionDialog({
  ending,
  terminate,
  focusAfterConfirm,
}: TerminateSessionDialogProps) {
  return (
    <ConfirmDialog
      open={ending.open}
      title={`Terminate session ${ending.target?.session_name ?? ''}?`}
      confirmLabel="Terminate"
      destructive
      busy={terminate.isPending}
      focusAfterConfirm={focusAfterConfirm}
      onConfirm={() => {
        if (ending.target) terminate.mutate(ending.target, { onSettled: ending.close });
      }}
      onClose={ending.close}
    >
      Its token stops working at once; whoever uses it has to assume the role again.
    </ConfirmDialog>
  );
}
