import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Role } from '../../../../../shared/schemas/role';
import { roleArn } from '../../../../../shared/schemas/role';
import { CopyButton } from '../../../../components/copy-button';
import { absoluteTime, humanDuration, relativeTime } from '../../../../lib/dates';

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

function Identifier({ value, copyLabel }: { value: string; copyLabel: string }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Typography
        variant="body2"
        sx={{ fontFamily: 'monospace', wordBreak: 'break-all', pt: 0.25 }}
      >
        {value}
      </Typography>
      <CopyButton value={value} label={copyLabel} />
    </Stack>
  );
}

/** Role ARN, id, maximum session and creation time, as a description list. */
export function RoleFacts({ role, organizationId }: { role: Role; organizationId?: string }) {
  return (
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
      <Fact term="Role ARN">
        {organizationId ? (
          <Identifier value={roleArn(organizationId, role.id)} copyLabel="Copy Role ARN" />
        ) : (
          <Skeleton width={320} aria-label="Loading the Role ARN" />
        )}
      </Fact>
      <Fact term="ID">
        <Identifier value={role.id} copyLabel="Copy role ID" />
      </Fact>
      <Fact term="Maximum session duration">
        <Typography variant="body2" sx={{ pt: 0.25 }}>
          {humanDuration(role.max_session_duration)}
        </Typography>
      </Fact>
      <Fact term="Created">
        <Typography variant="body2" sx={{ pt: 0.25 }}>
          {absoluteTime(role.date_created)} ({relativeTime(role.date_created)})
        </Typography>
      </Fact>
    </Box>
  );
}
