import Alert from '@mui/material/Alert';
import { SecretDialog } from './deferred-secret-dialog';

interface ConsoleTokenDialogProps {
  open: boolean;
  /** The last token given was refused. */
  refused: boolean;
  onContinue: (token: string) => void;
}

/**
 * Asks for the console token once per tab, when the server refuses a request without it.
 * Nothing works without the token, so the dialog stays until the user gives one.
 */
export function ConsoleTokenDialog({ open, refused, onContinue }: ConsoleTokenDialogProps) {
  return (
    <SecretDialog
      open={open}
      title="Console token required"
      note="This console's server asks every browser for its console token (the CONSOLE_TOKEN it was started with). Ask whoever runs it. The token is kept in this tab's memory only: reloading the page asks again."
      warning={
        refused && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            The server did not accept that token.
          </Alert>
        )
      }
      label="Console token"
      submitLabel="Continue"
      onSubmit={onContinue}
    />
  );
}
