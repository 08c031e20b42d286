import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AddButton } from './add-button';
import type { AddAction } from './add-button';

/** What a list without items says: a heading, what the items are for, and how to add one. */
export interface EmptyListProps {
  title?: string;
  text: string;
  action?: AddAction;
}

export function EmptyList({ title, text, action }: EmptyListProps) {
  return (
    <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
      {title && (
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
      )}
      <Typography color="text.secondary">{text}</Typography>
      {action && <AddButton {...action} />}
    </Stack>
  );
}
