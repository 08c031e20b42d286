import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { IpListField } from './ip-list-field';

/** Step 4, IP Access Restrictions: where callers may come from; empty means anywhere. */
export function IpStep() {
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary" sx={{ maxWidth: 720 }}>
        Enter one or more IPv4/IPv6 addresses or CIDR ranges. A caller must come from one of them to
        assume the role.
      </Typography>
      <IpListField />
    </Stack>
  );
}
