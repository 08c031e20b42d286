import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { GuardedDialog } from './guarded-dialog';

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
  /** A wider dialog than a create form's, with its own words on what closing would lose. */
  wide?: { discardText: string };
  /** The form; the dialog unmounts it when closed, so each opening starts empty. */
  children: (context: FormDialogContext) => ReactNode;
}

/**
 * The frame of every create dialog: full screen on phones, labelled by the form's title, and
 * held open while the form's requests run (closing would hide how they end).
 */
export function FormDialog(props: FormDialogProps) {
  const { open, onClose, holdOnBackdrop, onExited, wide, children } = props;
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  return (
    <GuardedDialog
      open={open}
      onClose={() => {
        setDirty(false);
        onClose();
      }}
      titleId={titleId}
      busy={busy}
      dirty={dirty}
      holdOnBackdrop={holdOnBackdrop}
      discardText={
        wide?.discardText ?? 'What you typed in this form is not saved yet and will be lost.'
      }
      maxWidth={wide ? 'lg' : 'sm'}
      fullScreenBelow={wide ? 'md' : 'sm'}
      onExited={onExited}
    >
      {children({ titleId, onBusy: setBusy, onDirty: setDirty })}
    </GuardedDialog>
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

interface FormDialogActionsProps {
  onCancel: () => void;
  /** The request runs: the submit button shows it and Cancel waits. */
  busy: boolean;
  /** The submit button's words: "Add User", "Register". */
  submitLabel: string;
}

/** A dialog form's Cancel and its submit button (the form's own type="submit"). */
export function FormDialogActions({ onCancel, busy, submitLabel }: FormDialogActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
      <Button type="submit" variant="contained" loading={busy}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
