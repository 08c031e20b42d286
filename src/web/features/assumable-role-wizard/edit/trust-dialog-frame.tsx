import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';

interface TrustDialogFrameProps {
  open: boolean;
  titleId: string;
  /** Half-way through saving, or with a read-back warning to answer: the dialog stays. */
  busy: boolean;
  /** The form holds input not saved yet: Escape or a click outside asks before dropping it. */
  dirty: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The dialog around a trust form (Add trust, Edit): full screen on narrow screens. Escape and
 * the backdrop close it at once when nothing changed, and ask "Discard changes?" when something
 * did; Cancel in the form is a choice, not a slip, and closes without asking.
 */
export function TrustDialogFrame(props: TrustDialogFrameProps) {
  const { open, titleId, busy, dirty, onClose, children } = props;
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Dialog
        open={open}
        onClose={() => {
          if (busy) return;
          if (dirty) setAsking(true);
          else onClose();
        }}
        aria-labelledby={titleId}
        maxWidth="lg"
        fullWidth
        fullScreen={fullScreen}
      >
        {children}
      </Dialog>
      <ConfirmDialog
        open={open && asking}
        title="Discard changes?"
        confirmLabel="Discard"
        destructive
        onConfirm={() => {
          setAsking(false);
          onClose();
        }}
        onClose={() => setAsking(false)}
      >
        The trust is not saved: what you changed in this form will be lost.
      </ConfirmDialog>
    </>
  );
}
