import Typography from '@mui/material/Typography';

/** Placeholder until this view is built. */
export function OidcIssuersTab() {
  return (
    <Typography variant="h6" component="h2">
      OIDC Issuers
    </Typography>
  );
}
