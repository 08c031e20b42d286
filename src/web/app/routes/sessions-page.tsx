import Typography from '@mui/material/Typography';
import { PendingTab } from './pending-tab';

export function SessionsPage() {
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 2, fontWeight: 600 }}>
        Sessions
      </Typography>
      <PendingTab label="Assume a role" />
    </>
  );
}
