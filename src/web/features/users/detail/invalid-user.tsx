import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

/** The API's 404 for a user ("Invalid user"): a deleted user, or a mistyped link. */
export function InvalidUser({ userId }: { userId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 1 }}>
        Invalid user
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        This organization has no user with the ID {userId}. The user may have been deleted.
      </Typography>
      <Link component={RouterLink} to="/organization/users">
        Back to Users
      </Link>
    </Paper>
  );
}
