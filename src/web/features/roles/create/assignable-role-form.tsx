import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Role } from '../../../../shared/schemas/role';
import { humanDuration } from '../../../lib/dates';
import {
  ASSIGNABLE_ROLE_DEFAULTS,
  assignableRoleFormSchema,
  SESSION_DURATION_CHOICES,
} from './assignable-role-schema';
import type { AssignableRoleInput, AssignableRoleValues } from './assignable-role-schema';
import { FormTextField } from '../../../components/form-text-field';
import { PolicyPicker } from './policy-picker';
import { setServerError } from './server-errors';
import { useCreateAssignableRole } from './use-create-assignable-role';
import { useDirtyReport } from '../../../components/form-dialog';

interface AssignableRoleFormProps {
  titleId: string;
  onCancel: () => void;
  onCreated: (role: Role) => void;
  /** Tells the dialog not to close while the requests run. */
  onBusy: (busy: boolean) => void;
  /** Tells the dialog whether the form holds unsaved input. */
  onDirty?: (dirty: boolean) => void;
}

/** Name, Description, Maximum session duration and Permission Policies, then Add Role. */
export function AssignableRoleForm({
  titleId,
  onCancel,
  onCreated,
  onBusy,
  onDirty,
}: AssignableRoleFormProps) {
  const {
    control,
    handleSubmit,
    setError,
    formState: { isDirty },
  } = useForm<AssignableRoleInput, unknown, AssignableRoleValues>({
    resolver: zodResolver(assignableRoleFormSchema),
    defaultValues: ASSIGNABLE_ROLE_DEFAULTS,
  });
  const create = useCreateAssignableRole();
  const [failure, setFailure] = useState<string | null>(null);
  useDirtyReport(isDirty, onDirty);

  const submit = handleSubmit((values) => {
    setFailure(null);
    onBusy(true);
    create.mutate(values, {
      onSuccess: onCreated,
      onError: (error) => {
        if (!setServerError(error, setError)) setFailure(error.message);
      },
      onSettled: () => onBusy(false),
    });
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id={titleId}>Assignable Role</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          Users and groups that hold this role get the permissions of its policies.
        </DialogContentText>
        <FormTextField
          fullWidth
          margin="dense"
          control={control}
          name="name"
          label="Name"
          required
          autoFocus
        />
        <FormTextField
          fullWidth
          margin="dense"
          control={control}
          name="description"
          label="Description"
          multiline
          minRows={2}
        />
        <FormTextField
          fullWidth
          margin="dense"
          control={control}
          name="max_session_duration"
          label="Maximum session duration"
          select
        >
          {SESSION_DURATION_CHOICES.map((seconds) => (
            <MenuItem key={seconds} value={seconds}>
              {humanDuration(seconds)}
            </MenuItem>
          ))}
        </FormTextField>
        <PolicyPicker control={control} />
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" loading={create.isPending}>
          Add Role
        </Button>
      </DialogActions>
    </form>
  );
}
