import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** An organization without roles: say so, and offer the quickest way to make one. */
export function NoRolesYet({ onCreate }: { onCreate: () => void }) {
  return (
    <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        No roles yet
      </Typography>
      <Typography color="text.secondary">
        A role bundles permission policies that users and groups can hold or assume.
      </Typography>
      <Button variant="contained" startIcon={<AddIcon />} onClick={onCreate}>
        Assignable Role
      </Button>
    </Stack>
  );
}
