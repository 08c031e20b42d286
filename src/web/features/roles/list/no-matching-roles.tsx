import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** Roles exist, but the search or type filter hides them all. */
export function NoMatchingRoles({ onClear }: { onClear: () => void }) {
  return (
    <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
      <Typography color="text.secondary">No roles match the search and type filter.</Typography>
      <Button variant="outlined" onClick={onClear}>
        Clear filters
      </Button>
    </Stack>
  );
}
