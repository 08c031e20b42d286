import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { userQueries } from '../api/user-queries';
import { AddUserDialog } from '../create/add-user-dialog';
import { filterUsers, toSearchable } from '../list/filter-users';
import { UsersTable } from '../list/users-table';
import { usePlainListView } from '../../../lib/list-view';
import { SearchField } from '../../../components/search-field';
import { NoMatches } from '../../../components/no-matches';

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'user' : 'users'}`;

/** The Users tab: every user, searched by name or email and paged in the browser, the view in the URL. */
export function UsersTab() {
  const users = useQuery(userQueries.all());
  const { view, text, setText, setPage, setSize } = usePlainListView();
  const [adding, setAdding] = useState(false);
  // Typing stays responsive: the filtering render may lag a keystroke behind, never the input.
  const q = useDeferredValue(text);
  const searchable = useMemo(
    () => (users.data ? toSearchable(users.data) : undefined),
    [users.data],
  );
  const filtered = useMemo(() => (searchable ? filterUsers(searchable, q) : []), [searchable, q]);
  const all = users.data?.length ?? 0;

  return (
    <Box>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="h6" component="h2">
          Users
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} aria-live="polite">
          {users.data &&
            (q.trim() ? `${filtered.length.toLocaleString()} of ${count(all)}` : count(all))}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          Add User
        </Button>
      </Stack>
      <SearchField
        label="Search users"
        placeholder="Name or email"
        value={text}
        onChange={setText}
        sx={{ mb: 2, width: '100%', maxWidth: { sm: 420 } }}
      />
      <QueryState
        what="users"
        isPending={users.isPending}
        error={users.error}
        data={users.data}
        onRetry={() => void users.refetch()}
        isEmpty={(d) => d.length === 0}
      >
        {() =>
          filtered.length === 0 ? (
            <NoMatches
              message={`No users match “${q.trim()}”.`}
              clearLabel="Clear search"
              onClear={() => setText('')}
            />
          ) : (
            <UsersTable
              users={filtered}
              page={view.page}
              size={view.size}
              onPage={setPage}
              onSize={setSize}
            />
          )
        }
      </QueryState>
      <AddUserDialog open={adding} onClose={() => setAdding(false)} />
    </Box>
  );
}
