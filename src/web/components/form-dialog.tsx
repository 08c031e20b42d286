import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

/** What the form inside needs from its dialog. */
export interface FormDialogContext {
  /** The id the form's title must carry: the dialog is labelled by it. */
  titleId: string;
  /** The form says when its requests are under way; meanwhile the dialog cannot be closed. */
  onBusy: (busy: boolean) => void;
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
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      onClose={(_event, reason) => {
        if (busy || (holdOnBackdrop && reason === 'backdropClick')) return;
        onClose();
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
      slotProps={{ transition: { onExited } }}
    >
      {children({ titleId, onBusy: setBusy })}
    </Dialog>
  );
}
