import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import type { ReactNode, RefObject } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** The confirming button's label, e.g. "Delete role". */
  confirmLabel: string;
  destructive?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /**
   * Where focus goes once the dialog has closed after Confirm, when the action removes the
   * button that opened it (a terminated session's row). Cancel still returns focus to that button.
   */
  focusAfterConfirm?: RefObject<HTMLElement | null>;
  /** Called once the dialog has faded out and given focus back. */
  onExited?: () => void;
}

/** Asks before doing something; focus starts on Cancel, Escape cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const titleId = useId();
  const textId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const moveFocus = confirmed && props.focusAfterConfirm !== undefined;
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      disableRestoreFocus={moveFocus}
      slotProps={{
        transition: {
          onExited: () => {
            if (moveFocus) props.focusAfterConfirm?.current?.focus();
            setConfirmed(false);
            props.onExited?.();
          },
        },
      }}
      aria-labelledby={titleId}
      aria-describedby={textId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId} component="div">
          {props.children}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} autoFocus>
          Cancel
        </Button>
        <Button
          onClick={() => {
            setConfirmed(true);
            props.onConfirm();
          }}
          color={props.destructive ? 'error' : 'primary'}
          variant="contained"
          loading={props.busy ?? false}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
