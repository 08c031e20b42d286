import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import { useForm, useWatch } from 'react-hook-form';
import type { Role, RoleInput, RoleValues } from '../../../../../shared/schemas/role';
import {
  roleInputSchema,
  SESSION_DURATION_MAX,
  SESSION_DURATION_MIN,
} from '../../../../../shared/schemas/role';
import { ApiError } from '../../../../lib/api-client';
import { humanDuration } from '../../../../lib/dates';
import { useNotify } from '../../../../lib/snackbar';
import { useUpdateRole } from '../api/use-update-role';
import { FormTextField } from '../../../../components/form-text-field';

const FIELDS = ['name', 'description', 'max_session_duration'] as const;
type Field = (typeof FIELDS)[number];

/** "max_session_duration must be …" → the field and the rest of the sentence. */
function fieldOf(error: ApiError): { field: Field; message: string } | null {
  if (error.status === 409) return { field: 'name', message: error.message };
  if (error.status !== 400) return null;
  const field = FIELDS.find((f) => error.message.startsWith(`${f} `));
  return field ? { field, message: error.message.slice(field.length + 1) } : null;
}

/** Name, description and maximum session duration, edited in place; the role type is kept. */
export function RoleEditForm({ role, onDone }: { role: Role; onDone: () => void }) {
  const notify = useNotify();
  const update = useUpdateRole(role.id);
  const { control, handleSubmit, setError } = useForm<RoleInput, unknown, RoleValues>({
    resolver: zodResolver(roleInputSchema),
    defaultValues: {
      name: role.name,
      description: role.description,
      role_type: role.role_type === 'assumable' ? 'assumable' : 'assignable',
      max_session_duration: role.max_session_duration,
    },
  });
  const duration = useWatch({ control, name: 'max_session_duration' });

  const submit = handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: (saved) => {
        notify({ message: `Role ${saved?.name || values.name} saved` });
        onDone();
      },
      onError: (error) => {
        const mapped = error instanceof ApiError ? fieldOf(error) : null;
        if (mapped) setError(mapped.field, { message: mapped.message }, { shouldFocus: true });
        else notify({ severity: 'error', message: `Could not save the role: ${error.message}` });
      },
    }),
  );

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !update.isPending) onDone();
      }}
      spacing={2}
      aria-label="Edit role"
    >
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
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" loading={update.isPending}>
          Save
        </Button>
        <Button onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
