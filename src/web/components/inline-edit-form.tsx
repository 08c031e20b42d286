import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { FormEventHandler, ReactNode } from 'react';

interface InlineEditFormProps {
  /** Names the form, e.g. "Edit group". */
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Closes the form: Cancel, Escape, or the caller once saved. */
  onDone: () => void;
  /** Saving: Save shows it, and neither Cancel nor Escape may close the form meanwhile. */
  busy: boolean;
  /** The fields. */
  children: ReactNode;
}

/** A header's fields edited in place, with Save and Cancel; Escape cancels too. */
export function InlineEditForm({ label, onSubmit, onDone, busy, children }: InlineEditFormProps) {
  return (
    <Stack
      component="form"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onDone();
      }}
      spacing={2}
      aria-label={label}
    >
      {children}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" loading={busy}>
          Save
        </Button>
        <Button onClick={onDone} disabled={busy}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
