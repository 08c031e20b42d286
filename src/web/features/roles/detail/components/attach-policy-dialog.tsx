import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Policy } from '../../../../../shared/schemas/policy';
import type { Role } from '../../../../../shared/schemas/role';
import { QueryState } from '../../../../components/query-state';
import { roleDetailQueries } from '../api/role-detail-queries';
import { useAttachPolicy } from '../api/use-role-policies';

interface AttachPolicyDialogProps {
  role: Role;
  open: boolean;
  onClose: () => void;
}

/** Picks one of the organization's policies that the role does not hold yet. */
export function AttachPolicyDialog({ role, open, onClose }: AttachPolicyDialogProps) {
  const titleId = useId();
  const catalog = useQuery({ ...roleDetailQueries.policyCatalog(), enabled: open });
  const attach = useAttachPolicy(role.id);
  const [picked, setPicked] = useState<Policy | null>(null);
  const close = () => {
    setPicked(null);
    onClose();
  };
  const held = new Set(role.policies.map((p) => p.id));

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Attach policy</DialogTitle>
      <DialogContent>
        <Box sx={{ pt: 1 }}>
          <QueryState
            what="policies"
            isPending={catalog.isPending}
            error={catalog.error}
            data={catalog.data}
            onRetry={() => void catalog.refetch()}
            loading={<TextField label="Permission policy" disabled fullWidth />}
          >
            {(policies) => (
              <Autocomplete
                options={policies.filter((p) => !held.has(p.id))}
                value={picked}
                onChange={(_e, value) => setPicked(value)}
                getOptionLabel={(p) => p.name}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                filterOptions={(options, { inputValue }) => {
                  const q = inputValue.trim().toLowerCase();
                  return options.filter(
                    (p) =>
                      p.name.toLowerCase().includes(q) || p.description.toLowerCase().includes(q),
                  );
                }}
                noOptionsText="No other policies"
                renderOption={({ key, ...props }, p) => (
                  <li key={key} {...props}>
                    <Box>
                      <Typography variant="body2">
                        {p.name}
                        {p.is_system_policy ? ' · System' : ''}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {p.description}
                      </Typography>
                    </Box>
                  </li>
                )}
                renderInput={(params) => (
                  <TextField {...params} label="Permission policy" autoFocus />
                )}
              />
            )}
          </QueryState>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Cancel</Button>
        <Button
          variant="contained"
          disabled={picked === null}
          onClick={() => {
            if (picked) attach.mutate(picked);
            close();
          }}
        >
          Attach
        </Button>
      </DialogActions>
    </Dialog>
  );
}
