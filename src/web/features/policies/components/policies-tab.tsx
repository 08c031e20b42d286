import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function PoliciesTab() {
  return (
    <Typography variant="h6" component="h2">
      Permission Policies
    </Typography>
  );
}
