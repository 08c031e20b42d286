import TextField from '@mui/material/TextField';

interface SecretFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

/**
 * A password field for a credential kept in memory only: no autofill, no spell-check (which
 * may send the text to a service), and the error names the rule, never the value.
 */
export function SecretField({ label, value, onChange, error }: SecretFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error !== null}
      helperText={error === null ? undefined : `${label} ${error}`}
      autoFocus
      required
      fullWidth
      margin="dense"
      slotProps={{
        htmlInput: { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off' },
      }}
    />
  );
}
