import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FormTrustFindings } from '../components/form-trust-findings';
import { IpListField } from './ip-list-field';

/**
 * Step 4, IP Access Restrictions: where callers may come from; empty means anywhere. With
 * `findings`, the linter's remarks on the addresses show right here (the wizard); the trust
 * dialogs show every finding below their tabs instead.
 */
export function IpStep({ findings = false }: { findings?: boolean }) {
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary" sx={{ maxWidth: 720 }}>
        Enter one or more IPv4/IPv6 addresses or CIDR ranges. A caller must come from one of them to
        assume the role.
      </Typography>
      <IpListField />
      {findings && <FormTrustFindings title="About these addresses" only={['ip-any-address']} />}
    </Stack>
  );
}
