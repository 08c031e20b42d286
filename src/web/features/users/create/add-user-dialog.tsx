import { useState } from 'react';
import type { User } from '../../../../shared/schemas/user';
import { FormDialog } from '../../../components/form-dialog';
import type { FormDialogContext } from '../../../components/form-dialog';
import { AddUserForm } from './add-user-form';
import { NewApiKey } from './new-api-key';

interface AddUserDialogProps {
  open: boolean;
  onClose: () => void;
}

interface FlowProps extends FormDialogContext {
  onClose: () => void;
  onKeyShown: (shown: boolean) => void;
}

/**
 * The form, then the new key. The key lives only in this component's state: the dialog
 * unmounts it once closed, and with it the key.
 */
function AddUserFlow({ onClose, onKeyShown, ...context }: FlowProps) {
  const { titleId, onBusy } = context;
  const [created, setCreated] = useState<{ user: User; apiKey: string } | null>(null);
  if (created) {
    return (
      <NewApiKey titleId={titleId} user={created.user} apiKey={created.apiKey} onDone={onClose} />
    );
  }
  return (
    <AddUserForm
      {...context}
      onCancel={onClose}
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
  const [keyShown, setKeyShown] = useState(false);
  return (
    // A stray click on the backdrop must not lose the one-time key.
    <FormDialog
      open={open}
      onClose={onClose}
      holdOnBackdrop={keyShown}
      onExited={() => setKeyShown(false)}
    >
      {(context) => <AddUserFlow {...context} onClose={onClose} onKeyShown={setKeyShown} />}
    </FormDialog>
  );
}
