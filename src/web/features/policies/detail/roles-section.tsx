import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { Policy } from '../../../../shared/schemas/policy';
import { QueryState } from '../../../components/query-state';
import { policyQueries } from '../api/policy-queries';
import { SectionCard } from '../../../components/section-card';

/** "Assumable", "Assignable", or another type as the API names it. */
const roleTypeWords = (type: string) => (type ? type.charAt(0).toUpperCase() + type.slice(1) : 'A');

/** The roles that include the policy: every role loaded, those listing it kept. */
export function RolesSection({ policy }: { policy: Policy }) {
  const query = useQuery({
    ...policyQueries.roles(),
    select: (roles) => roles.filter((r) => r.policies.some((p) => p.id === policy.id)),
  });
  return (
    <SectionCard title="Roles">
      <QueryState
        what="the roles"
        isPending={query.isPending}
        error={query.error}
        data={query.data}
        onRetry={() => void query.refetch()}
        isEmpty={(d) => d.length === 0}
        empty={<Typography color="text.secondary">No role includes this policy.</Typography>}
        loading={<Typography color="text.secondary">Loading…</Typography>}
      >
        {(roles) => (
          <List dense disablePadding aria-label="Roles including this policy">
            {roles.map((role) => (
              <ListItem key={role.id} divider disableGutters>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/roles/${encodeURIComponent(role.id)}`}>
                      {role.name}
                    </Link>
                  }
                  secondary={`${roleTypeWords(role.role_type)} role${role.description ? ` · ${role.description}` : ''}`}
                  sx={{ overflowWrap: 'anywhere' }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </QueryState>
    </SectionCard>
  );
}
