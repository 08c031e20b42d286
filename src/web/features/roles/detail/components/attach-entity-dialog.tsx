import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Role } from '../../../../../shared/schemas/role';
import { roleDetailQueries } from '../api/role-detail-queries';
import type { Holder } from '../api/use-role-holders';
import { useAddHolder } from '../api/use-role-holders';

interface AttachEntityDialogProps {
  role: Role;
  open: boolean;
  onClose: () => void;
  /** Ids of the users and groups that hold the role already. */
  held: ReadonlySet<string>;
}

interface Option extends Holder {
  detail: string;
}

/** Gives the assignable role to one more user or group. */
export function AttachEntityDialog({ role, open, onClose, held }: AttachEntityDialogProps) {
  const titleId = useId();
  const [kind, setKind] = useState<Holder['kind']>('users');
  const [picked, setPicked] = useState<Option | null>(null);
  const users = useQuery({ ...roleDetailQueries.users(), enabled: open });
  const groups = useQuery({ ...roleDetailQueries.groups(), enabled: open });
  const add = useAddHolder(role.id);
  const close = () => {
    setPicked(null);
    onClose();
  };
  const options: Option[] =
    kind === 'users'
      ? (users.data ?? []).map((u) => ({
          kind,
          id: u.id,
          name: u.name || u.email || u.id,
          detail: u.email,
        }))
      : (groups.data ?? []).map((g) => ({
          kind,
          id: g.id,
          name: g.display_name || g.id,
          detail: g.description,
        }));
  const loading = kind === 'users' ? users.isPending : groups.isPending;
  const label = kind === 'users' ? 'User' : 'Group';

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Attach entity</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            aria-label="Entity type"
            value={kind}
            sx={{ '& .MuiToggleButton-root': { textTransform: 'none', px: 2 } }}
            onChange={(_e, value: Holder['kind'] | null) => {
              if (value) {
                setKind(value);
                setPicked(null);
              }
            }}
          >
            <ToggleButton value="users">User</ToggleButton>
            <ToggleButton value="groups">Group</ToggleButton>
          </ToggleButtonGroup>
          <Autocomplete
            key={kind}
            options={options.filter((o) => !held.has(o.id))}
            loading={loading}
            value={picked}
            onChange={(_e, value) => setPicked(value)}
            getOptionLabel={(o) => o.name}
            getOptionKey={(o) => o.id}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            noOptionsText={`No other ${kind}`}
            renderInput={(params) => (
              <TextField
                {...params}
                label={label}
                autoFocus
                error={Boolean(users.error ?? groups.error)}
                helperText={(users.error ?? groups.error)?.message}
              />
            )}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          disabled={picked === null}
          onClick={() => {
            if (picked) add.mutate(picked);
            close();
          }}
        >
          Attach
        </Button>
      </DialogActions>
    </Dialog>
  );
}
