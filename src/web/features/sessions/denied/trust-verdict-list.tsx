import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { absoluteTime } from '../../../lib/dates';
import type { TrustVerdict } from '../model/verdicts';
import { withZonedInstants } from '../model/zoned-time';

/** Each trust of a role with every condition it checked: held, or why not; when the schedule opens. */
export function TrustVerdictList({ verdicts }: { verdicts: readonly TrustVerdict[] }) {
  return (
    <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {verdicts.map((v) => (
        <Paper key={v.trust.id} component="li" variant="outlined" sx={{ p: 1.25 }}>
          <Stack
            direction="row"
            sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}
          >
            <Typography variant="subtitle2" component="p" sx={{ overflowWrap: 'anywhere' }}>
              Trust for {v.principal}{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                {v.trust.trust_type}
              </Typography>
            </Typography>
            <Chip
              size="small"
              label={v.allowed ? 'Allows' : 'Denies'}
              color={v.allowed ? 'success' : 'default'}
              variant="outlined"
            />
          </Stack>
          <List dense disablePadding aria-label={`Conditions of the trust for ${v.principal}`}>
            {v.conditions.map((c) => (
              <ListItem key={c.condition} disableGutters sx={{ alignItems: 'flex-start', gap: 1 }}>
                <Box sx={{ pt: 0.25, display: 'flex' }}>
                  {c.held ? (
                    <CheckCircleIcon fontSize="small" color="success" titleAccess="held" />
                  ) : (
                    <CancelIcon fontSize="small" color="error" titleAccess="failed" />
                  )}
                </Box>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  <strong>{c.label}</strong>: {c.held ? 'holds' : withZonedInstants(c.reason ?? '')}
                </Typography>
              </ListItem>
            ))}
          </List>
          {v.nextOpening && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              Next opens <strong>{absoluteTime(v.nextOpening.toISOString())}</strong> (
              {DateTime.fromJSDate(v.nextOpening).toRelative()}, your time)
            </Typography>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
