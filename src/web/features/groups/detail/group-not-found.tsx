import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

/** The API's 404 for a group: a deleted group, or a mistyped link. */
export function GroupNotFound({ groupId }: { groupId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mb: 1 }}>
        Group not found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        This organization has no group with the ID {groupId}. The group may have been deleted.
      </Typography>
      <Link component={RouterLink} to="/organization/groups">
        Back to Groups
      </Link>
    </Paper>
  );
}
