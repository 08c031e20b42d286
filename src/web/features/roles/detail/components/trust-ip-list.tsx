import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { readIpEntries } from '../model/trust-problems';

/**
 * The trust's IP allow-list as chips. An entry that is no address or network (Vultr may hold
 * one) is an error chip, and what is wrong with it is said under the chips.
 */
export function TrustIpList({ trust }: { trust: RoleTrust }) {
  const problemsId = useId();
  const entries = readIpEntries(trust);
  if (entries.length === 0) return <Typography variant="body2">Any IP address</Typography>;
  const invalid = entries.filter((e) => !e.valid);
  return (
    <Stack spacing={0.75}>
      <Stack component="ul" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', p: 0, m: 0 }}>
        {entries.map((e, i) => (
          <li key={`${e.entry}-${i}`} style={{ listStyle: 'none' }}>
            <Chip
              size="small"
              variant="outlined"
              color={e.valid ? 'default' : 'error'}
              icon={e.valid ? undefined : <ErrorIcon />}
              label={e.entry}
              aria-describedby={e.valid ? undefined : problemsId}
              sx={{ fontFamily: 'monospace', maxWidth: '100%' }}
            />
          </li>
        ))}
      </Stack>
      {invalid.length > 0 && (
        <Stack id={problemsId} spacing={0.25}>
          {invalid.map((e, i) => (
            <Typography key={`${e.entry}-${i}`} variant="body2" color="error">
              {e.valid
                ? ''
                : `${e.reason}: no caller can be matched against it. Edit the trust to correct it.`}
            </Typography>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
