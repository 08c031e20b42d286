import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Control } from 'react-hook-form';
import type { ConsoleMode } from '../../../../shared/schemas/health';
import type { UserSummary } from '../../../../shared/schemas/person';
import { FormTextField } from '../../../components/form-text-field';
import { ApiError } from '../../../lib/api-client';
import { useCredentials } from '../../../lib/credentials';
import { consoleQueries } from '../../../lib/console-queries';
import type { AssumeFormInput } from '../model/assume-form';

interface CallerFieldProps {
  control: Control<AssumeFormInput>;
  mode: ConsoleMode | undefined;
  me: UserSummary | undefined;
}

/**
 * Whose API key AssumeRole presents. Embedded mode: Call as any seeded user (the server uses that
 * user's key). Live mode: the server's configured key, or the user's own pasted key.
 */
export function CallerField({ control, mode, me }: CallerFieldProps) {
  const { hasApiKey } = useCredentials();
  const users = useQuery({ ...consoleQueries.callAsUsers(), enabled: mode === 'embedded' });
  const whose = hasApiKey ? 'your own API key' : "the console server's key";
  const meName = me?.name ?? 'the key’s own user';
  if (mode !== 'embedded') {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {me
          ? `Assumes as ${me.name} with ${whose}.`
          : `Assumes with ${whose}, as whoever it belongs to (Vultr does not say whose it is).`}{' '}
        To use another key, choose <em>Use my API key</em> in the menu at the top.
      </Typography>
    );
  }
  return (
    <FormTextField
      control={control}
      name="call_as"
      label="Call as"
      select
      fullWidth
      margin="dense"
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      helperText={
        users.error instanceof ApiError && users.error.status === 404
          ? 'Call as is not available on this upstream'
          : users.error
            ? `Could not load the users: ${users.error.message}`
            : 'The server assumes with this user’s API key'
      }
    >
      <MenuItem value="">
        {meName} ({whose})
      </MenuItem>
      {(users.data ?? [])
        .filter((u) => u.id !== me?.id)
        .map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.name} ({u.email})
          </MenuItem>
        ))}
    </FormTextField>
  );
}
