import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Policy } from '../../../../shared/schemas/policy';
import { policyQueries } from '../api/policy-queries';
import { attachmentName, useAttach } from '../api/use-policy-attachments';
import type { Attachment } from '../api/use-policy-attachments';

interface AttachDialogProps {
  policy: Policy;
  kind: Attachment['kind'];
  open: boolean;
  onClose: () => void;
  /** Ids already attached: not offered again. */
  attached: ReadonlySet<string>;
}

interface Option {
  attachment: Attachment;
  detail: string;
}

/** Picks a user (or group) from the organization and attaches the policy to it. */
export function AttachDialog({ policy, kind, open, onClose, attached }: AttachDialogProps) {
  const titleId = useId();
  const [picked, setPicked] = useState<Option | null>(null);
  const users = useQuery({ ...policyQueries.directoryUsers(), enabled: open && kind === 'users' });
  const groups = useQuery({
    ...policyQueries.directoryGroups(),
    enabled: open && kind === 'groups',
  });
  const attach = useAttach(policy.id);
  const source = kind === 'users' ? users : groups;
  const options: Option[] =
    kind === 'users'
      ? (users.data ?? []).map((u) => ({
          attachment: { kind, entity: { id: u.id, name: u.name, email: u.email } },
          detail: u.email,
        }))
      : (groups.data ?? []).map((g) => ({
          attachment: {
            kind,
            entity: { id: g.id, display_name: g.display_name, description: g.description },
          },
          detail: g.description,
        }));
  const label = kind === 'users' ? 'User' : 'Group';
  const close = () => {
    setPicked(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Attach {label.toLowerCase()}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The {label.toLowerCase()} gets the permissions of {policy.name}.
        </DialogContentText>
        <Autocomplete
          options={options.filter((o) => !attached.has(o.attachment.entity.id))}
          loading={source.isPending}
          value={picked}
          onChange={(_e, value) => setPicked(value)}
          getOptionLabel={(o) => attachmentName(o.attachment)}
          getOptionKey={(o) => o.attachment.entity.id}
          isOptionEqualToValue={(a, b) => a.attachment.entity.id === b.attachment.entity.id}
          noOptionsText={`No other ${kind}`}
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              autoFocus
              error={source.error !== null}
              helperText={
                source.error ? `Could not load the ${kind}: ${source.error.message}` : ' '
              }
            />
          )}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          disabled={picked === null}
          onClick={() => {
            if (picked) attach.mutate(picked.attachment);
            close();
          }}
        >
          Attach
        </Button>
      </DialogActions>
    </Dialog>
  );
}
