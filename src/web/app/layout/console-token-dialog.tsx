import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { secretProblem } from '../../lib/credentials';
import { SecretField } from './secret-field';

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
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} aria-labelledby={titleId} aria-describedby={textId} maxWidth="xs" fullWidth>
      <TokenForm titleId={titleId} textId={textId} refused={refused} onContinue={onContinue} />
    </Dialog>
  );
}

interface TokenFormProps {
  titleId: string;
  textId: string;
  refused: boolean;
  onContinue: (token: string) => void;
}

function TokenForm({ titleId, textId, refused, onContinue }: TokenFormProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = secretProblem(token);
    if (problem !== null) setError(problem);
    else onContinue(token.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>Console token required</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId} sx={{ mb: 1 }}>
          This console&apos;s server asks every browser for its console token (the CONSOLE_TOKEN it
          was started with). Ask whoever runs it. The token is kept in this tab&apos;s memory only:
          reloading the page asks again.
        </DialogContentText>
        {refused && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            The server did not accept that token.
          </Alert>
        )}
        <SecretField
          label="Console token"
          value={token}
          onChange={(value) => {
            setToken(value);
            setError(null);
          }}
          error={error}
        />
      </DialogContent>
      <DialogActions>
        <Button type="submit" variant="contained">
          Continue
        </Button>
      </DialogActions>
    </form>
  );
}
