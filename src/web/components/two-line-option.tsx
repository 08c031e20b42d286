import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { HTMLAttributes, ReactNode } from 'react';

interface TwoLineOptionProps {
  /** The list item props an Autocomplete's renderOption receives (without its key). */
  itemProps: HTMLAttributes<HTMLLIElement>;
  primary: ReactNode;
  secondary: ReactNode;
}

/** An Autocomplete option of two lines: the name, and a quieter line that tells options apart. */
export function TwoLineOption({ itemProps, primary, secondary }: TwoLineOptionProps) {
  return (
    <Box component="li" {...itemProps}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {primary}
        </Typography>
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ overflowWrap: 'anywhere' }}
        >
          {secondary}
        </Typography>
      </Box>
    </Box>
  );
}
