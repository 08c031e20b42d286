import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function NewPolicyPage() {
  return (
    <Typography variant="h6" component="h1">
      New policy
    </Typography>
  );
}
