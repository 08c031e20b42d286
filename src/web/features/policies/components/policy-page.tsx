import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function PolicyPage({ policyId }: { policyId: string }) {
  return (
    <Typography variant="h6" component="h1">
      Policy {policyId}
    </Typography>
  );
}
