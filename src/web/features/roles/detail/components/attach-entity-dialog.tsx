import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import type { Role } from '../../../../../shared/schemas/role';
import type { PickerState } from '../../../../components/editable-list-section';
import { PickOneDialog } from '../../../../components/pick-one-dialog';
import { useDirectoryPick } from '../../../../entities/user/use-directory-pick';
import type { Holder } from '../api/use-role-holders';
import { holderKey, useAddHolder } from '../api/use-role-holders';

/** Gives the assignable role to one more user or group. */
export function AttachEntityDialog({ role, ...picker }: PickerState & { role: Role }) {
  const [kind, setKind] = useState<Holder['kind']>('users');
  const add = useAddHolder(role.id);
  const directory = useDirectoryPick<Holder>(kind, picker.open, {
    users: (u) => ({ kind: 'users', id: u.id, name: u.name || u.email || u.id }),
    groups: (g) => ({ kind: 'groups', id: g.id, name: g.display_name || g.id }),
  });
  return (
    <PickOneDialog
      {...picker}
      {...directory}
      choice={(h) => ({ id: holderKey(h), primary: h.name, value: h })}
      onPick={(holder) => add.mutate(holder)}
      intro={
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          aria-label="Entity type"
          value={kind}
          sx={{ '& .MuiToggleButton-root': { textTransform: 'none', px: 2 } }}
          onChange={(_e, value: Holder['kind'] | null) => {
            if (value) setKind(value);
          }}
        >
          <ToggleButton value="users">User</ToggleButton>
          <ToggleButton value="groups">Group</ToggleButton>
        </ToggleButtonGroup>
      }
    />
  );
}
