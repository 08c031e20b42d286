import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function GroupPage({ groupId }: { groupId: string }) {
  return (
    <Typography variant="h6" component="h1">
      Group {groupId}
    </Typography>
  );
}
