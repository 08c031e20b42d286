import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useState } from 'react';
import type { User } from '../../../../shared/schemas/user';
import { AddUserForm } from './add-user-form';
import { NewApiKey } from './new-api-key';

interface AddUserDialogProps {
  open: boolean;
  onClose: () => void;
}

interface FlowProps {
  titleId: string;
  onClose: () => void;
  onBusy: (busy: boolean) => void;
  onKeyShown: (shown: boolean) => void;
}

/**
 * The form, then the new key. The key lives only in this component's state: the dialog
 * unmounts it once closed, and with it the key.
 */
function AddUserFlow({ titleId, onClose, onBusy, onKeyShown }: FlowProps) {
  const [created, setCreated] = useState<{ user: User; apiKey: string } | null>(null);
  if (created) {
    return (
      <NewApiKey titleId={titleId} user={created.user} apiKey={created.apiKey} onDone={onClose} />
    );
  }
  return (
    <AddUserForm
      titleId={titleId}
      onCancel={onClose}
      onBusy={onBusy}
      onCreated={(user, apiKey) => {
        setCreated({ user, apiKey });
        // The form unmounts now, before its own onSettled could say so.
        onBusy(false);
        onKeyShown(apiKey !== '');
      }}
    />
  );
}

/** Add User: a dialog that creates the user, then shows its API key once. */
export function AddUserDialog({ open, onClose }: AddUserDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [keyShown, setKeyShown] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      onClose={(_event, reason) => {
        // Half-way through the request the dialog stays; a stray click must not lose the key.
        if (busy || (keyShown && reason === 'backdropClick')) return;
        onClose();
      }}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
      slotProps={{ transition: { onExited: () => setKeyShown(false) } }}
    >
      <AddUserFlow titleId={titleId} onClose={onClose} onBusy={setBusy} onKeyShown={setKeyShown} />
    </Dialog>
  );
}
