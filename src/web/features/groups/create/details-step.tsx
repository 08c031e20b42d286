import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormTextField } from '../../../components/form-text-field';
import { groupQueries } from '../api/group-queries';
import { MultiPicker } from './multi-picker';
import { DETAILS_FIELDS } from './new-group-schema';
import type { NewGroupInput } from './new-group-schema';

/** Step 1: Group Name, Group Description, then members and roles to start with. */
export function DetailsStep() {
  const { control, getFieldState, setFocus } = useFormContext<NewGroupInput>();
  const users = useQuery(groupQueries.users());
  const roles = useQuery(groupQueries.assignableRoles());

  useEffect(() => {
    // Arriving (first, or back from Review, or sent back by the server): the field to fix, else the name.
    setFocus(DETAILS_FIELDS.find((f) => getFieldState(f).invalid) ?? 'display_name');
  }, [getFieldState, setFocus]);

  return (
    <Stack spacing={1}>
      <FormTextField control={control} name="display_name" label="Group Name" required fullWidth />
      <FormTextField
        control={control}
        name="description"
        label="Group Description"
        fullWidth
        multiline
        minRows={2}
      />
      <MultiPicker
        name="member_ids"
        label="Members"
        helperText="Optional. You can add and remove members later too."
        options={users.data?.map((u) => ({ id: u.id, primary: u.name, secondary: u.email }))}
        loadError={users.error}
      />
      <MultiPicker
        name="role_ids"
        label="Roles"
        helperText="Optional. Assignable roles only: members get the permissions of their policies."
        options={roles.data?.map((r) => ({
          id: r.id,
          primary: r.name,
          secondary: r.description || 'No description',
        }))}
        loadError={roles.error}
      />
    </Stack>
  );
}
