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

interface ApiKeyDialogProps {
  open: boolean;
  onClose: () => void;
  onUseKey: (key: string) => void;
}

/** "Use my API key": the user's own Vultr key, for this tab's requests only. */
export function ApiKeyDialog({ open, onClose, onUseKey }: ApiKeyDialogProps) {
  const titleId = useId();
  const noteId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={noteId}
      maxWidth="xs"
      fullWidth
    >
      {/* Mounted only while open, so a cancelled key does not linger in the field's state. */}
      <ApiKeyForm titleId={titleId} noteId={noteId} onCancel={onClose} onUseKey={onUseKey} />
    </Dialog>
  );
}

interface ApiKeyFormProps {
  titleId: string;
  noteId: string;
  onCancel: () => void;
  onUseKey: (key: string) => void;
}

function ApiKeyForm({ titleId, noteId, onCancel, onUseKey }: ApiKeyFormProps) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    // Never let the browser submit the form: that would put the key in the URL.
    event.preventDefault();
    const problem = secretProblem(key);
    if (problem !== null) setError(problem);
    else onUseKey(key.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>Use my API key</DialogTitle>
      <DialogContent>
        <DialogContentText id={noteId} sx={{ mb: 1 }}>
          Kept in this tab&apos;s memory only; sent to the console&apos;s server for each request
          and never stored.
        </DialogContentText>
        <SecretField
          label="Vultr API key"
          value={key}
          onChange={(value) => {
            setKey(value);
            setError(null);
          }}
          error={error}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained">
          Use key
        </Button>
      </DialogActions>
    </form>
  );
}
