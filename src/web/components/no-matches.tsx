import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface NoMatchesProps {
  /** What the search or filters hide, e.g. `No users match “ops”.` */
  message: string;
  clearLabel: 'Clear search' | 'Clear filters';
  onClear: () => void;
}

/** A list has items, but the search or filters hide them all; one click shows them again. */
export function NoMatches({ message, clearLabel, onClear }: NoMatchesProps) {
  return (
    <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
      <Typography color="text.secondary">{message}</Typography>
      <Button variant="outlined" onClick={onClear}>
        {clearLabel}
      </Button>
    </Stack>
  );
}
