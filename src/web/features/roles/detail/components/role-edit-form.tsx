import { zodResolver } from '@hookform/resolvers/zod';
import InputAdornment from '@mui/material/InputAdornment';
import { useForm, useWatch } from 'react-hook-form';
import type { Role, RoleInput, RoleValues } from '../../../../../shared/schemas/role';
import {
  roleInputSchema,
  SESSION_DURATION_MAX,
  SESSION_DURATION_MIN,
} from '../../../../../shared/schemas/role';
import { InlineEditForm } from '../../../../components/inline-edit-form';
import { humanDuration } from '../../../../lib/dates';
import { useInlineSave } from '../../../../lib/use-inline-save';
import { ROLE_ERRORS } from '../../create/server-errors';
import { useUpdateRole } from '../api/use-update-role';
import { FormTextField } from '../../../../components/form-text-field';

/** Name, description and maximum session duration, edited in place; the role type is kept. */
export function RoleEditForm({ role, onDone }: { role: Role; onDone: () => void }) {
  const update = useUpdateRole(role.id);
  const form = useForm<RoleInput, unknown, RoleValues>({
    resolver: zodResolver(roleInputSchema),
    defaultValues: {
      name: role.name,
      description: role.description,
      role_type: role.role_type === 'assumable' ? 'assumable' : 'assignable',
      max_session_duration: role.max_session_duration,
    },
  });
  const { control } = form;
  const duration = useWatch({ control, name: 'max_session_duration' });
  const submit = useInlineSave({
    form,
    save: update,
    errors: ROLE_ERRORS,
    noun: 'role',
    nameOf: (saved, values) => saved?.name || values.name,
    onDone,
  });

  return (
    <InlineEditForm label="Edit role" onSubmit={submit} onDone={onDone} busy={update.isPending}>
      <FormTextField control={control} name="name" label="Name" required fullWidth autoFocus />
      <FormTextField
        control={control}
        name="description"
        label="Description"
        fullWidth
        multiline
        minRows={2}
      />
      <FormTextField
        control={control}
        name="max_session_duration"
        label="Maximum session duration"
        numeric
        sx={{ maxWidth: 320 }}
        helperText={
          typeof duration === 'number' && duration >= SESSION_DURATION_MIN
            ? `${humanDuration(duration)} (${SESSION_DURATION_MIN}–${SESSION_DURATION_MAX} seconds)`
            : `${SESSION_DURATION_MIN}–${SESSION_DURATION_MAX} seconds`
        }
        slotProps={{
          input: { endAdornment: <InputAdornment position="end">seconds</InputAdornment> },
          htmlInput: { min: SESSION_DURATION_MIN, max: SESSION_DURATION_MAX, step: 60 },
        }}
      />
    </InlineEditForm>
  );
}
