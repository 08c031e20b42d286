import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { User } from '../../../../shared/schemas/user';
import { CopyButton } from '../../../components/copy-button';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { DeleteUserButton } from './delete-user-button';

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

/** Name, kind of user and the delete action, over email, id and creation time. */
export function UserHeader({ user }: { user: User }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 2, justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography
            variant="h5"
            component="h1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {user.name}
          </Typography>
          {user.service_user && <Chip size="small" variant="outlined" label="Service user" />}
          <Chip
            size="small"
            variant="outlined"
            color={user.api_enabled ? 'success' : 'default'}
            label={user.api_enabled ? 'API enabled' : 'API disabled'}
          />
        </Stack>
        <Box sx={{ flexShrink: 0 }}>
          <DeleteUserButton user={user} />
        </Box>
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
        <Fact term="Email">
          <Typography variant="body2" sx={{ pt: 0.25, overflowWrap: 'anywhere' }}>
            {user.email}
          </Typography>
        </Fact>
        <Fact term="ID">
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <Typography
              variant="body2"
              sx={{ fontFamily: 'monospace', wordBreak: 'break-all', pt: 0.25 }}
            >
              {user.id}
            </Typography>
            <CopyButton value={user.id} label="Copy user ID" />
          </Stack>
        </Fact>
        <Fact term="Created">
          <Typography variant="body2" sx={{ pt: 0.25 }}>
            {absoluteTime(user.date_created)} ({relativeTime(user.date_created)})
          </Typography>
        </Fact>
      </Box>
    </Paper>
  );
}
