import type { ReactNode } from 'react';
import type { Blocker } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

interface LeaveGuardDialogProps {
  /** useLeaveGuard's blocker: the dialog shows while it holds a navigation. */
  blocker: Blocker;
  /** The question, e.g. "Leave without saving the policy?". */
  title: string;
  /** What leaving loses. */
  children: ReactNode;
}

/** Asks before leaving a page with unsaved input: Leave lets the navigation go, Cancel stays. */
export function LeaveGuardDialog({ blocker, title, children }: LeaveGuardDialogProps) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={title}
      confirmLabel="Leave"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      {children}
    </ConfirmDialog>
  );
}
