import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function UsersTab() {
  return (
    <Typography variant="h6" component="h2">
      Users
    </Typography>
  );
}
