import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { groupQueries } from '../../../entities/group/group-queries';

/** The names of the roles a group holds: one GET /v2/groups/{id}/roles per row on screen. */
export function GroupRolesCell({ groupId }: { groupId: string }) {
  const roles = useQuery(groupQueries.roles(groupId));
  if (roles.isPending)
    return <Skeleton width={120} role="progressbar" aria-busy="true" aria-label="Loading roles" />;
  if (roles.error) {
    return (
      <Typography variant="body2" color="error">
        Could not load: {roles.error.message}
      </Typography>
    );
  }
  if (roles.data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        None
      </Typography>
    );
  }
  return <>{roles.data.map((r) => r.name).join(', ')}</>;
}
