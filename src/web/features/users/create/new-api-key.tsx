import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import type { User } from '../../../../shared/schemas/user';
import { CopyButton } from '../../../components/copy-button';

interface NewApiKeyProps {
  titleId: string;
  user: User;
  /** '' when the user was made without API access. */
  apiKey: string;
  onDone: () => void;
}

/**
 * The one time a user's API key is shown: a read-only field (select and copy, or Copy API key),
 * the warning that it will not come back, and Done.
 */
export function NewApiKey({ titleId, user, apiKey, onDone }: NewApiKeyProps) {
  return (
    <>
      <DialogTitle id={titleId}>User {user.name} added</DialogTitle>
      <DialogContent>
        {apiKey ? (
          <>
            <DialogContentText sx={{ mb: 2 }}>
              This is the API key of {user.name}. It works as a Bearer token for the Vultr API.
            </DialogContentText>
            <TextField
              label="API key"
              value={apiKey}
              fullWidth
              autoFocus
              onFocus={(e) => e.target.select()}
              slotProps={{
                htmlInput: {
                  readOnly: true,
                  spellCheck: false,
                  autoComplete: 'off',
                  sx: { fontFamily: 'monospace', letterSpacing: '0.04em' },
                },
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <CopyButton value={apiKey} label="Copy API key" />
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Alert severity="warning" sx={{ mt: 2 }}>
              You will not see this key again. Copy it now and store it somewhere safe.
            </Alert>
          </>
        ) : (
          <DialogContentText>
            API access is off for {user.name}, so the user has no API key.
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone} autoFocus={!apiKey}>
          Done
        </Button>
      </DialogActions>
    </>
  );
}
