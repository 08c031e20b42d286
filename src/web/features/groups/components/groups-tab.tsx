import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function GroupsTab() {
  return (
    <Typography variant="h6" component="h2">
      Groups
    </Typography>
  );
}
