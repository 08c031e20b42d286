import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** An organization without issuers: say what one is for, and offer to register one. */
export function NoIssuersYet({ onRegister }: { onRegister: () => void }) {
  return (
    <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        No OIDC issuers yet
      </Typography>
      <Typography color="text.secondary">
        An issuer's tokens (from CI pipelines, for example) can assume roles that trust it.
      </Typography>
      <Button variant="contained" startIcon={<AddIcon />} onClick={onRegister}>
        Register issuer
      </Button>
    </Stack>
  );
}
