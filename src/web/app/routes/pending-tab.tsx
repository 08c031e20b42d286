import Typography from '@mui/material/Typography';

/** A section of the console that is not built yet says so plainly. */
export function PendingTab({ label }: { label: string }) {
  return (
    <>
      <Typography variant="h6" component="h2" gutterBottom>
        {label}
      </Typography>
      <Typography color="text.secondary">
        This section is not available in the console yet. The API behind it is served at /v2 today.
      </Typography>
    </>
  );
}
