import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { FormDialog } from '../../../components/form-dialog';
import type { FormDialogContext } from '../../../components/form-dialog';
import { useDialogSubject } from './use-dialog-subject';

/** What the frame hands its form: the dialog's context, and Cancel. */
export type FrameWiring = FormDialogContext & { onCancel: () => void };

interface TrustDialogFrameProps<S> {
  /** What the dialog is about (the trust to edit, the role to add one to); null while closed. */
  subject: S | null;
  onClose: () => void;
  /** The form; each opening starts a fresh one, kept through the closing animation. */
  children: (subject: S, wiring: FrameWiring) => ReactNode;
}

const WIDE = { discardText: 'The trust is not saved: what you changed in this form will be lost.' };

/**
 * The dialog around a trust form (Add trust, Edit): wide, and full screen on narrow screens; it
 * asks "Discard changes?" before Escape or the backdrop drop what was changed.
 */
export function TrustDialogFrame<S>({ subject, onClose, children }: TrustDialogFrameProps<S>) {
  const { shown, opening } = useDialogSubject(subject);
  return (
    <FormDialog open={subject !== null} onClose={onClose} wide={WIDE}>
      {(context) =>
        shown !== null && (
          <Fragment key={opening}>{children(shown, { ...context, onCancel: onClose })}</Fragment>
        )
      }
    </FormDialog>
  );
}
