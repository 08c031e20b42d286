import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/** What the form inside needs from its dialog. */
export interface FormDialogContext {
  /** The id the form's title must carry: the dialog is labelled by it. */
  titleId: string;
  /** The form says when its requests are under way; meanwhile the dialog cannot be closed. */
  onBusy: (busy: boolean) => void;
  /**
   * The form says whether it holds unsaved input: then Escape or a click outside asks before
   * throwing it away (Cancel still closes at once: that is a choice, not a slip).
   */
  onDirty: (dirty: boolean) => void;
}

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Ignore clicks on the backdrop too (e.g. while a one-time secret is shown). */
  holdOnBackdrop?: boolean;
  /** Called once the dialog has faded out. */
  onExited?: () => void;
  /** The form; the dialog unmounts it when closed, so each opening starts empty. */
  children: (context: FormDialogContext) => ReactNode;
}

/**
 * The frame of every create dialog: full screen on phones, labelled by the form's title, and
 * held open while the form's requests run (closing would hide how they end).
 */
export function FormDialog({ open, onClose, holdOnBackdrop, onExited, children }: FormDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'));
  const close = () => {
    setDirty(false);
    setAsking(false);
    onClose();
  };
  return (
    <>
      <Dialog
        open={open}
        onClose={(_event, reason) => {
          if (busy || (holdOnBackdrop && reason === 'backdropClick')) return;
          if (dirty) setAsking(true);
          else close();
        }}
        aria-labelledby={titleId}
        maxWidth="sm"
        fullWidth
        fullScreen={fullScreen}
        slotProps={{ transition: { onExited } }}
      >
        {children({ titleId, onBusy: setBusy, onDirty: setDirty })}
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
          close();
        }}
        onClose={() => setAsking(false)}
      >
        What you typed in this form is not saved yet and will be lost.
      </ConfirmDialog>
    </>
  );
}

/** Tells the dialog around a form whether it holds unsaved input (see FormDialogContext.onDirty). */
export function useDirtyReport(dirty: boolean, onDirty: ((dirty: boolean) => void) | undefined) {
  useEffect(() => {
    onDirty?.(dirty);
  }, [dirty, onDirty]);
  // A form that goes away (saved, or replaced by its result) leaves nothing to lose.
  useEffect(() => () => onDirty?.(false), [onDirty]);
}
