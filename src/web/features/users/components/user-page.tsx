import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function UserPage({ userId }: { userId: string }) {
  return (
    <Typography variant="h6" component="h1">
      User {userId}
    </Typography>
  );
}
