import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { Policy } from '../../../../shared/schemas/policy';
import { QueryState } from '../../../components/query-state';
import { groupQueries } from '../api/group-queries';
import { SectionCard } from '../../../components/section-card';

interface PolicyListProps {
  title: string;
  /** Names the list for screen readers. */
  label: string;
  policies: Policy[];
  empty: string;
}

function PolicyList({ title, label, policies, empty }: PolicyListProps) {
  return (
    <Stack spacing={0.5} sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2" component="h3">
        {title} ({policies.length})
      </Typography>
      {policies.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding aria-label={label}>
          {policies.map((p) => (
            <ListItem key={p.id} divider disableGutters>
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Link component={RouterLink} to={`/policies/${p.id}`}>
                      {p.name}
                    </Link>
                    <Chip
                      size="small"
                      variant="outlined"
                      label={p.is_system_policy ? 'System' : 'Custom'}
                    />
                  </Stack>
                }
                secondary={p.description || 'No description.'}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** GET /v2/groups/{id}/policies: attached to the group itself, and through the roles it holds. */
export function GroupPoliciesSection({ groupId }: { groupId: string }) {
  const policies = useQuery(groupQueries.policies(groupId));
  return (
    <SectionCard title="Policies">
      <QueryState
        what="the group's policies"
        isPending={policies.isPending}
        error={policies.error}
        data={policies.data}
        onRetry={() => void policies.refetch()}
      >
        {(p) => (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 2, md: 3 }}>
            <PolicyList
              title="Direct"
              label="Direct policies"
              policies={p.direct}
              empty="No policies attached to the group."
            />
            <PolicyList
              title="From roles"
              label="Policies from roles"
              policies={p.from_roles}
              empty="No policies through the group's roles."
            />
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
