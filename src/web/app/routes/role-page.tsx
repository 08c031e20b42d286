import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { roleQueries } from '../../features/roles/api/role-queries';
import { RoleTypeChip } from '../../features/roles/components/role-type-chip';
import { absoluteTime, humanDuration } from '../../lib/dates';

export function RolePage() {
  const { roleId = '' } = useParams();
  const query = useQuery(roleQueries.detail(roleId));
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/roles">
          Roles
        </Link>
        <Typography color="text.primary">{query.data?.name ?? 'Role'}</Typography>
      </Breadcrumbs>
      <QueryState
        what="the role"
        isPending={query.isPending}
        error={query.error}
        data={query.data}
        onRetry={() => void query.refetch()}
      >
        {(role) => (
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
              <Typography variant="h5" component="h1">
                {role.name}
              </Typography>
              <RoleTypeChip type={role.role_type} />
            </Stack>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {role.description || 'No description.'}
            </Typography>
            <Typography variant="body2">ID: {role.id}</Typography>
            <Typography variant="body2">
              Max session: {humanDuration(role.max_session_duration)}
            </Typography>
            <Typography variant="body2">Created: {absoluteTime(role.date_created)}</Typography>
            <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
              Permission Policies
            </Typography>
            <ul>
              {role.policies.map((p) => (
                <li key={p.id}>
                  <Typography variant="body2">
                    {p.name} — {p.description}
                  </Typography>
                </li>
              ))}
            </ul>
          </Paper>
        )}
      </QueryState>
    </>
  );
}
