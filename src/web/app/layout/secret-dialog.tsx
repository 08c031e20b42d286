import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { secretProblem } from '../../lib/credentials';
import { SecretField } from './secret-field';

interface SecretDialogProps {
  open: boolean;
  /** Cancel, Escape and the backdrop; without it the dialog stays until a secret is given. */
  onCancel?: () => void;
  title: string;
  /** What is asked for and how it is kept: the dialog's description. */
  note: ReactNode;
  /** Between the note and the field, e.g. that the last one was refused. */
  warning?: ReactNode;
  /** The field's label, e.g. "Vultr API key". */
  label: string;
  submitLabel: string;
  onSubmit: (secret: string) => void;
}

/** Asks for one credential (an API key, the console token), kept in this tab's memory only. */
export function SecretDialog({ open, onCancel, ...form }: SecretDialogProps) {
  const titleId = useId();
  const noteId = useId();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby={titleId}
      aria-describedby={noteId}
      maxWidth="xs"
      fullWidth
    >
      {/* Mounted only while open, so a cancelled secret does not linger in the field's state. */}
      <SecretForm {...form} titleId={titleId} noteId={noteId} onCancel={onCancel} />
    </Dialog>
  );
}

type SecretFormProps = Omit<SecretDialogProps, 'open'> & { titleId: string; noteId: string };

function SecretForm({ titleId, noteId, onCancel, onSubmit, ...words }: SecretFormProps) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    // Never let the browser submit the form: that would put the secret in the URL.
    event.preventDefault();
    const problem = secretProblem(secret);
    if (problem !== null) setError(problem);
    else onSubmit(secret.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>{words.title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={noteId} sx={{ mb: 1 }}>
          {words.note}
        </DialogContentText>
        {words.warning}
        <SecretField
          label={words.label}
          value={secret}
          onChange={(value) => {
            setSecret(value);
            setError(null);
          }}
          error={error}
        />
      </DialogContent>
      <DialogActions>
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
        <Button type="submit" variant="contained">
          {words.submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
