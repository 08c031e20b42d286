import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useLatest } from '../lib/use-latest';
import { GuardedDialog } from './guarded-dialog';

/** What the form inside needs from its dialog. */
export interface FormDialogContext {
  /** The id the form's title must carry: the dialog is labelled by it. */
  titleId: string;
  /** The form says when its requests are under way; meanwhile the dialog cannot be closed. */
  onBusy: (busy: boolean) => void;
  /**
   * The form hands the dialog its check for unsaved input (see useUnsavedCheck); it returns the
   * function that takes the check back.
   */
  watchUnsaved: (check: UnsavedCheck) => () => void;
}

/**
 * Whether a form holds input not saved yet. The dialog runs it at the moment Escape or a click
 * outside would close it, and asks "Discard changes?" when it answers true (Cancel still closes
 * at once: that is a choice, not a slip). Asked then, it sees a key typed an instant before,
 * which a flag passed up through renders would not hold yet.
 */
export type UnsavedCheck = () => boolean;

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

/** The check of the form a dialog holds now, if any. */
class UnsavedSlot {
  private check: UnsavedCheck | null = null;

  readonly watch = (check: UnsavedCheck) => {
    this.check = check;
    return () => {
      if (this.check === check) this.check = null;
    };
  };

  readonly holds = () => this.check?.() ?? false;
}

/**
 * The frame of every create dialog: full screen on phones, labelled by the form's title, and
 * held open while the form's requests run (closing would hide how they end).
 */
export function FormDialog(props: FormDialogProps) {
  const { open, onClose, holdOnBackdrop, onExited, wide, children } = props;
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [unsaved] = useState(() => new UnsavedSlot());
  return (
    <GuardedDialog
      open={open}
      onClose={onClose}
      titleId={titleId}
      busy={busy}
      unsaved={unsaved.holds}
      holdOnBackdrop={holdOnBackdrop}
      discardText={
        wide?.discardText ?? 'What you typed in this form is not saved yet and will be lost.'
      }
      maxWidth={wide ? 'lg' : 'sm'}
      fullScreenBelow={wide ? 'md' : 'sm'}
      onExited={onExited}
    >
      {children({ titleId, onBusy: setBusy, watchUnsaved: unsaved.watch })}
    </GuardedDialog>
  );
}

/**
 * Hands the dialog around a form its check for unsaved input (see UnsavedCheck). The dialog
 * always runs the check of the latest render; a form that goes away (saved, or replaced by its
 * result) takes it back and leaves nothing to lose.
 */
export function useUnsavedCheck(
  check: UnsavedCheck,
  watchUnsaved: FormDialogContext['watchUnsaved'] | undefined,
) {
  const latest = useLatest(check);
  useEffect(() => watchUnsaved?.(() => latest.current()), [watchUnsaved, latest]);
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
