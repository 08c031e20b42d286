import { zodResolver } from '@hookform/resolvers/zod';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Role } from '../../../../shared/schemas/role';
import { humanDuration } from '../../../lib/dates';
import { useDialogForm } from '../../../lib/use-dialog-form';
import {
  ASSIGNABLE_ROLE_DEFAULTS,
  assignableRoleFormSchema,
  SESSION_DURATION_CHOICES,
} from './assignable-role-schema';
import type { AssignableRoleInput, AssignableRoleValues } from './assignable-role-schema';
import type { CreateFormProps } from '../../../components/create-dialog';
import { DialogField } from '../../../components/dialog-field';
import { FormDialogActions } from '../../../components/form-dialog';
import { FormFailure } from '../../../components/form-failure';
import { PolicyPicker } from './policy-picker';
import { ROLE_ERRORS } from './server-errors';
import { useCreateAssignableRole } from './use-create-assignable-role';

const DURATIONS = SESSION_DURATION_CHOICES.map((s) => ({ value: s, label: humanDuration(s) }));

/** Name, Description, Maximum session duration and Permission Policies, then Add Role. */
export function AssignableRoleForm({
  titleId,
  onCancel,
  onCreated,
  ...dialog
}: CreateFormProps<Role>) {
  const { form, failure, send } = useDialogForm<AssignableRoleInput, AssignableRoleValues>(
    { resolver: zodResolver(assignableRoleFormSchema), defaultValues: ASSIGNABLE_ROLE_DEFAULTS },
    dialog,
  );
  const { control } = form;
  const create = useCreateAssignableRole();
  const submit = form.handleSubmit((values) => send(create, values, ROLE_ERRORS, onCreated));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id={titleId}>Assignable Role</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          Users and groups that hold this role get the permissions of its policies.
        </DialogContentText>
        <DialogField control={control} name="name" label="Name" required autoFocus />
        <DialogField
          control={control}
          name="description"
          label="Description"
          multiline
          minRows={2}
        />
        <DialogField
          control={control}
          name="max_session_duration"
          label="Maximum session duration"
          options={DURATIONS}
        />
        <PolicyPicker control={control} />
        <FormFailure failure={failure} />
      </DialogContent>
      <FormDialogActions onCancel={onCancel} busy={create.isPending} submitLabel="Add Role" />
    </form>
  );
}
