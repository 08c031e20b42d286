import { zodResolver } from '@hookform/resolvers/zod';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { User } from '../../../../shared/schemas/user';
import { PASSWORD_MIN } from '../../../../shared/schemas/user';
import { DialogField } from '../../../components/dialog-field';
import { FormFailure } from '../../../components/form-failure';
import { useDialogForm } from '../../../lib/use-dialog-form';
import { useCreateUser } from '../api/use-create-user';
import { ADD_USER_DEFAULTS, addUserFormSchema } from './add-user-schema';
import type { AddUserInput, AddUserValues } from './add-user-schema';
import { FormSwitch } from './form-switch';
import { USER_ERRORS } from './server-errors';
import { FormDialogActions } from '../../../components/form-dialog';
import type { FormDialogContext } from '../../../components/form-dialog';

interface AddUserFormProps extends FormDialogContext {
  onCancel: () => void;
  /** The new user and its API key ('' when API access is off), for the dialog to show once. */
  onCreated: (user: User, apiKey: string) => void;
}

/** First and last name, Email, Password, API enabled and Service user, then Add User. */
export function AddUserForm({ titleId, onCancel, onCreated, ...dialog }: AddUserFormProps) {
  const { form, failure, send } = useDialogForm<AddUserInput, AddUserValues>(
    { resolver: zodResolver(addUserFormSchema), defaultValues: ADD_USER_DEFAULTS },
    dialog,
  );
  const { control } = form;
  // The key goes from the reply to the dialog; this form never holds it.
  const create = useCreateUser(onCreated);
  const submit = form.handleSubmit((values) => send(create, values, USER_ERRORS));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id={titleId}>Add User</DialogTitle>
      <DialogContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
          <DialogField
            control={control}
            name="first_name"
            label="First name"
            required
            autoFocus
            autoComplete="off"
          />
          <DialogField
            control={control}
            name="last_name"
            label="Last name"
            required
            autoComplete="off"
          />
        </Stack>
        <DialogField
          control={control}
          name="email"
          label="Email"
          type="email"
          required
          autoComplete="off"
        />
        <DialogField
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
        <FormFailure prefix="Could not add the user: " failure={failure} />
      </DialogContent>
      <FormDialogActions onCancel={onCancel} busy={create.isPending} submitLabel="Add User" />
    </form>
  );
}
