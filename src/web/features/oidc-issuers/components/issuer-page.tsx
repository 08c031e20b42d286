import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function IssuerPage({ issuerId }: { issuerId: string }) {
  return (
    <Typography variant="h6" component="h1">
      OIDC issuer {issuerId}
    </Typography>
  );
}
