import Dialog from '@mui/material/Dialog';
import type { DialogProps } from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

interface GuardedDialogProps {
  open: boolean;
  /** Closes the dialog: called at once when nothing is unsaved, else after Discard. */
  onClose: () => void;
  /** The id of the form's title: the dialog is labelled by it. */
  titleId: string;
  /** The form's requests are under way: the dialog cannot be closed meanwhile. */
  busy: boolean;
  /**
   * Whether the form holds unsaved input, run when Escape or a click outside would close the
   * dialog: then "Discard changes?" is asked first.
   */
  unsaved: () => boolean;
  /** Ignore clicks on the backdrop too (e.g. while a one-time secret is shown). */
  holdOnBackdrop?: boolean;
  /** What is lost, the body of the "Discard changes?" question. */
  discardText: ReactNode;
  maxWidth: DialogProps['maxWidth'];
  /** Below this breakpoint the dialog takes the whole screen. */
  fullScreenBelow: 'sm' | 'md';
  /** Called once the dialog has faded out. */
  onExited?: () => void;
  children: ReactNode;
}

/**
 * A dialog around a form that does not lose typed input by a slip: Escape and the backdrop close
 * it at once when nothing changed and ask "Discard changes?" when something did. The form's own
 * Cancel is a choice, not a slip: it calls onClose directly and is not asked about.
 */
export function GuardedDialog(props: GuardedDialogProps) {
  const { open, onClose, busy, unsaved, holdOnBackdrop } = props;
  const [asking, setAsking] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down(props.fullScreenBelow));
  return (
    <>
      <Dialog
        open={open}
        onClose={(_event, reason) => {
          if (busy || (holdOnBackdrop && reason === 'backdropClick')) return;
          if (unsaved()) setAsking(true);
          else onClose();
        }}
        aria-labelledby={props.titleId}
        maxWidth={props.maxWidth}
        fullWidth
        fullScreen={fullScreen}
        slotProps={{ transition: { onExited: props.onExited } }}
      >
        {props.children}
      </Dialog>
      <ConfirmDialog
        open={open && asking}
        title="Discard changes?"
        confirmLabel="Discard"
        destructive
        onConfirm={() => {
          // The question fades out first and gives focus back to the form; the form's dialog
          // then closes and gives it back to whatever opened it.
          setAsking(false);
          setDiscarding(true);
        }}
        onExited={() => {
          if (!discarding) return;
          setDiscarding(false);
          onClose();
        }}
        onClose={() => setAsking(false)}
      >
        {props.discardText}
      </ConfirmDialog>
    </>
  );
}
