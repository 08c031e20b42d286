import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { groupInputSchema } from '../../../../shared/schemas/group';
import type { Group, GroupInput, GroupValues } from '../../../../shared/schemas/group';
import { FormTextField } from '../../../components/form-text-field';
import { InlineEditForm } from '../../../components/inline-edit-form';
import { useInlineSave } from '../../../lib/use-inline-save';
import { useUpdateGroup } from '../api/use-update-group';
import { GROUP_ERRORS } from '../create/server-errors';

/** Group Name and Group Description, edited in place (PUT /v2/groups/{id}). */
export function GroupEditForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const update = useUpdateGroup(group.id);
  const form = useForm<GroupInput, unknown, GroupValues>({
    resolver: zodResolver(groupInputSchema),
    defaultValues: { display_name: group.display_name, description: group.description },
  });
  const { control } = form;
  const submit = useInlineSave({
    form,
    save: update,
    errors: GROUP_ERRORS,
    noun: 'group',
    nameOf: (saved) => saved.display_name,
    onDone,
  });

  return (
    <InlineEditForm label="Edit group" onSubmit={submit} onDone={onDone} busy={update.isPending}>
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
    </InlineEditForm>
  );
}
