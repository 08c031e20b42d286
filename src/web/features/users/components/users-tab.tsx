import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { userQueries } from '../api/user-queries';
import { AddUserDialog } from '../create/add-user-dialog';
import { filterUsers, toSearchable } from '../list/filter-users';
import { UsersTable } from '../list/users-table';
import { useUsersView } from '../list/use-users-view';

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'user' : 'users'}`;

/** The Users tab: every user, searched by name or email and paged in the browser, the view in the URL. */
export function UsersTab() {
  const users = useQuery(userQueries.all());
  const { view, text, setText, setPage, setSize } = useUsersView();
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
      <TextField
        label="Search users"
        placeholder="Name or email"
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
        what="users"
        isPending={users.isPending}
        error={users.error}
        data={users.data}
        onRetry={() => void users.refetch()}
        isEmpty={(d) => d.length === 0}
      >
        {() =>
          filtered.length === 0 ? (
            <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
              <Typography color="text.secondary">No users match “{q.trim()}”.</Typography>
              <Button variant="outlined" onClick={() => setText('')}>
                Clear search
              </Button>
            </Stack>
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
