import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { groupQueries } from '../api/group-queries';
import { filterGroups } from '../list/filter-groups';
import { GroupsTable } from '../list/groups-table';
import { useGroupsView } from '../list/use-groups-view';

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
  const { view, text, setText, setPage, setSize } = useGroupsView();
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
      <TextField
        label="Search groups"
        type="search"
        size="small"
        value={text}
        onChange={(e) => setText(e.target.value)}
        sx={{ mb: 2, width: '100%', maxWidth: { sm: 420 } }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
          htmlInput: { spellCheck: false, autoComplete: 'off' },
        }}
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
            <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
              <Typography color="text.secondary">No groups match “{q.trim()}”.</Typography>
              <Button variant="outlined" onClick={() => setText('')}>
                Clear search
              </Button>
            </Stack>
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
