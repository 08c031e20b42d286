import { SecretDialog } from './deferred-secret-dialog';

interface ApiKeyDialogProps {
  open: boolean;
  onClose: () => void;
  onUseKey: (key: string) => void;
}

/** "Use my API key": the user's own Vultr key, for this tab's requests only. */
export function ApiKeyDialog({ open, onClose, onUseKey }: ApiKeyDialogProps) {
  return (
    <SecretDialog
      open={open}
      onCancel={onClose}
      title="Use my API key"
      note="Kept in this tab's memory only; sent to the console's server for each request and never stored."
      label="Vultr API key"
      submitLabel="Use key"
      onSubmit={onUseKey}
    />
  );
}
