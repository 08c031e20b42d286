import EditIcon from '@mui/icons-material/EditOutlined';
import LockIcon from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Policy } from '../../../../shared/schemas/policy';
import { CopyButton } from '../../../components/copy-button';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { PolicyKindChip } from '../components/policy-kind-chip';
import { DeletePolicyButton } from './delete-policy-button';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
        {term}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

interface PolicyHeaderProps {
  policy: Policy;
  onEdit: () => void;
  /** Back from the editor: Edit takes the focus again, as a dialog's opener would. */
  focusEdit: boolean;
}

/** Name, kind, description and the policy's facts; Edit and Delete for custom policies only. */
export function PolicyHeader({ policy, onEdit, focusEdit }: PolicyHeaderProps) {
  const text = { variant: 'body2', sx: { pt: 0.25 } } as const;
  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: 2, justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Stack spacing={1} sx={{ minWidth: 0, flex: 1 }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography
              variant="h5"
              component="h1"
              sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
            >
              {policy.name}
            </Typography>
            <PolicyKindChip system={policy.is_system_policy} />
          </Stack>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {policy.description || 'No description.'}
          </Typography>
        </Stack>
        {policy.is_system_policy ? (
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', color: 'text.secondary' }}>
            <LockIcon fontSize="small" />
            <Typography variant="body2">System policies are read-only</Typography>
          </Stack>
        ) : (
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>
            <Button
              variant="outlined"
              startIcon={<EditIcon />}
              aria-label="Edit policy"
              onClick={onEdit}
              autoFocus={focusEdit}
            >
              Edit
            </Button>
            <DeletePolicyButton policy={policy} />
          </Stack>
        )}
      </Stack>
      <Divider sx={{ my: 2 }} />
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 3,
          rowGap: { xs: 0.25, sm: 1 },
          '& dd': { mb: { xs: 1, sm: 0 } },
        }}
      >
        <Fact term="ID">
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <Typography
              {...text}
              sx={{ ...text.sx, fontFamily: 'monospace', wordBreak: 'break-all' }}
            >
              {policy.id}
            </Typography>
            <CopyButton value={policy.id} label="Copy policy ID" />
          </Stack>
        </Fact>
        <Fact term="Version">
          <Typography {...text}>{policy.version}</Typography>
        </Fact>
        <Fact term="Created">
          <Typography {...text}>
            {absoluteTime(policy.date_created)} ({relativeTime(policy.date_created)})
          </Typography>
        </Fact>
      </Box>
    </Paper>
  );
}
