import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { groupQueries } from '../api/group-queries';
import { filterGroups } from '../list/filter-groups';
import { GroupsTable } from '../list/groups-table';
import { usePlainListView } from '../../../lib/list-view';
import { SearchField } from '../../../components/search-field';
import { NoMatches } from '../../../components/no-matches';

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'group' : 'groups'}`;

function CreateGroupButton() {
  return (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/groups/new">
      Create group
    </Button>
  );
}

/** The Groups tab: every group, searched and paged in the browser, the view in the URL. */
export function GroupsTab() {
  const groups = useQuery(groupQueries.all());
  const { view, text, setText, setPage, setSize } = usePlainListView();
  const q = useDeferredValue(text);
  const filtered = useMemo(
    () => (groups.data ? filterGroups(groups.data, q) : []),
    [groups.data, q],
  );
  const all = groups.data?.length ?? 0;

  return (
    <Box>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="h6" component="h2">
          Groups
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} aria-live="polite">
          {groups.data &&
            (q.trim() ? `${filtered.length.toLocaleString()} of ${count(all)}` : count(all))}
        </Typography>
        <CreateGroupButton />
      </Stack>
      <SearchField
        label="Search groups"
        value={text}
        onChange={setText}
        sx={{ mb: 2, width: '100%', maxWidth: { sm: 420 } }}
      />
      <QueryState
        what="groups"
        isPending={groups.isPending}
        error={groups.error}
        data={groups.data}
        onRetry={() => void groups.refetch()}
        isEmpty={(d) => d.length === 0}
        empty={
          <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
            <Typography color="text.secondary">
              No groups yet. A group gives its members the roles it holds.
            </Typography>
            <CreateGroupButton />
          </Stack>
        }
      >
        {() =>
          filtered.length === 0 ? (
            <NoMatches
              message={`No groups match “${q.trim()}”.`}
              clearLabel="Clear search"
              onClear={() => setText('')}
            />
          ) : (
            <GroupsTable
              groups={filtered}
              page={view.page}
              size={view.size}
              onPage={setPage}
              onSize={setSize}
            />
          )
        }
      </QueryState>
    </Box>
  );
}
