import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { User } from '../../../../shared/schemas/user';
import { PASSWORD_MIN } from '../../../../shared/schemas/user';
import { FormTextField } from '../../../components/form-text-field';
import { useCreateUser } from '../api/use-create-user';
import { ADD_USER_DEFAULTS, addUserFormSchema } from './add-user-schema';
import type { AddUserInput, AddUserValues } from './add-user-schema';
import { FormSwitch } from './form-switch';
import { setServerError } from './server-errors';
import { useDirtyReport } from '../../../components/form-dialog';

interface AddUserFormProps {
  titleId: string;
  onCancel: () => void;
  /** The new user and its API key ('' when API access is off), for the dialog to show once. */
  onCreated: (user: User, apiKey: string) => void;
  /** Tells the dialog not to close while the request runs. */
  onBusy: (busy: boolean) => void;
  /** Tells the dialog whether the form holds unsaved input. */
  onDirty?: (dirty: boolean) => void;
}

/** First and last name, Email, Password, API enabled and Service user, then Add User. */
export function AddUserForm({ titleId, onCancel, onCreated, onBusy, onDirty }: AddUserFormProps) {
  const {
    control,
    handleSubmit,
    setError,
    formState: { isDirty },
  } = useForm<AddUserInput, unknown, AddUserValues>({
    resolver: zodResolver(addUserFormSchema),
    defaultValues: ADD_USER_DEFAULTS,
  });
  // The key goes from the reply to the dialog; this form never holds it.
  const create = useCreateUser(onCreated);
  const [failure, setFailure] = useState<string | null>(null);
  useDirtyReport(isDirty, onDirty);

  const submit = handleSubmit((values) => {
    setFailure(null);
    onBusy(true);
    create.mutate(values, {
      onError: (error) => {
        if (!setServerError(error, setError)) setFailure(error.message);
      },
      onSettled: () => onBusy(false),
    });
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id={titleId}>Add User</DialogTitle>
      <DialogContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
          <FormTextField
            fullWidth
            margin="dense"
            control={control}
            name="first_name"
            label="First name"
            required
            autoFocus
            autoComplete="off"
          />
          <FormTextField
            fullWidth
            margin="dense"
            control={control}
            name="last_name"
            label="Last name"
            required
            autoComplete="off"
          />
        </Stack>
        <FormTextField
          fullWidth
          margin="dense"
          control={control}
          name="email"
          label="Email"
          type="email"
          required
          autoComplete="off"
        />
        <FormTextField
          fullWidth
          margin="dense"
          control={control}
          name="password"
          label="Password"
          type="password"
          required
          autoComplete="new-password"
          helperText={`At least ${PASSWORD_MIN} characters.`}
        />
        <Stack spacing={1} sx={{ mt: 1.5 }}>
          <FormSwitch
            control={control}
            name="api_enabled"
            label="API enabled"
            description="The user gets an API key, shown once after Add User."
          />
          <FormSwitch
            control={control}
            name="service_user"
            label="Service user"
            description="For automation (CI, scripts) rather than a person."
          />
        </Stack>
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            Could not add the user: {failure}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" loading={create.isPending}>
          Add User
        </Button>
      </DialogActions>
    </form>
  );
}
