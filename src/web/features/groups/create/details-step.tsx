import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { GroupFields } from '../../../entities/group/group-fields';
import { roleOption } from '../../../entities/role/role-option';
import { userOption } from '../../../entities/user/user-option';
import { userQueries } from '../../../entities/user/user-queries';
import { useAssignableRoles } from '../api/use-assignable-roles';
import { MultiPicker } from './multi-picker';
import { DETAILS_FIELDS } from './new-group-schema';
import type { NewGroupInput } from './new-group-schema';

const MEMBERS = {
  name: 'member_ids',
  label: 'Members',
  helperText: 'Optional. You can add and remove members later too.',
} as const;

const ROLES = {
  name: 'role_ids',
  label: 'Roles',
  helperText: 'Optional. Assignable roles only: members get the permissions of their policies.',
} as const;

/** Step 1: Group Name, Group Description, then members and roles to start with. */
export function DetailsStep() {
  const { control, getFieldState, setFocus } = useFormContext<NewGroupInput>();
  const users = useQuery(userQueries.list());
  const roles = useAssignableRoles();

  useEffect(() => {
    // Arriving (first, or back from Review, or sent back by the server): the field to fix, else the name.
    setFocus(DETAILS_FIELDS.find((f) => getFieldState(f).invalid) ?? 'display_name');
  }, [getFieldState, setFocus]);

  return (
    <Stack spacing={1}>
      <GroupFields control={control} />
      <MultiPicker {...MEMBERS} from={users} option={userOption} />
      <MultiPicker {...ROLES} from={roles} option={roleOption} />
    </Stack>
  );
}
