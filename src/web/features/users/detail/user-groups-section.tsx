import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { userQueries } from '../api/user-queries';
import { SectionCard } from '../../../components/section-card';

const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/** GET /v2/users/{id}/groups: the groups the user belongs to, each opening its page. */
export function UserGroupsSection({ userId }: { userId: string }) {
  const groups = useQuery(userQueries.groups(userId));
  return (
    <SectionCard title="Groups">
      <QueryState
        what="the user's groups"
        isPending={groups.isPending}
        error={groups.error}
        data={groups.data}
        onRetry={() => void groups.refetch()}
        isEmpty={(d) => d.length === 0}
        empty={<Typography color="text.secondary">Not a member of any group.</Typography>}
      >
        {(list) => (
          <List dense disablePadding aria-label="Groups of the user">
            {list.map((group) => (
              <ListItem key={group.id} divider disableGutters>
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/groups/${group.id}`}>
                      {group.display_name}
                    </Link>
                  }
                  secondary={`${members(group.members.length)} · ${group.description || 'No description.'}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </QueryState>
    </SectionCard>
  );
}
