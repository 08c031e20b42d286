import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { groupInputSchema } from '../../../../shared/schemas/group';
import type { Group, GroupInput, GroupValues } from '../../../../shared/schemas/group';
import { FormTextField } from '../../../components/form-text-field';
import { ApiError } from '../../../lib/api-client';
import { useNotify } from '../../../lib/snackbar';
import { useUpdateGroup } from '../api/use-update-group';

const FIELDS = ['display_name', 'description'] as const;

/** The field a server's answer is about: 409 a taken name, 400 by the start of its message. */
function fieldOf(error: unknown): (typeof FIELDS)[number] | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 409) return 'display_name';
  if (error.status !== 400) return null;
  return FIELDS.find((f) => error.message.startsWith(`${f} `)) ?? null;
}

/** Group Name and Group Description, edited in place (PUT /v2/groups/{id}). */
export function GroupEditForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const notify = useNotify();
  const update = useUpdateGroup(group.id);
  const { control, handleSubmit, setError } = useForm<GroupInput, unknown, GroupValues>({
    resolver: zodResolver(groupInputSchema),
    defaultValues: { display_name: group.display_name, description: group.description },
  });

  const submit = handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: (saved) => {
        notify({ message: `Group ${saved.display_name} saved` });
        onDone();
      },
      onError: (error) => {
        const field = fieldOf(error);
        if (field) {
          setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
        } else notify({ severity: 'error', message: `Could not save the group: ${error.message}` });
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
      aria-label="Edit group"
    >
      <FormTextField
        control={control}
        name="display_name"
        label="Group Name"
        required
        fullWidth
        autoFocus
      />
      <FormTextField
        control={control}
        name="description"
        label="Group Description"
        fullWidth
        multiline
        minRows={2}
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
