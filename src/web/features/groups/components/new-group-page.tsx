import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function NewGroupPage() {
  return (
    <Typography variant="h6" component="h1">
      New group
    </Typography>
  );
}
