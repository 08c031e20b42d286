import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';
import { QueryState } from '../../../components/query-state';
import { AccessReviewExport } from '../access-review/components/access-review-export';
import { AddRoleMenu } from '../create/add-role-menu';
import { AssignableRoleDialog } from '../create/assignable-role-dialog';
import { filterRoles } from '../list/filter-roles';
import { NoRolesYet } from '../list/no-roles-yet';
import { PagedRolesTable } from '../list/paged-roles-table';
import { RolesToolbar } from '../list/roles-toolbar';
import { useAllRoles } from '../list/use-all-roles';
import { useRolesView } from '../list/use-roles-view';
import { NoMatches } from '../../../components/no-matches';

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'role' : 'roles'}`;

/** The Roles tab: every role, searched, filtered and paged in the browser, the view in the URL. */
export function RolesTab() {
  const roles = useAllRoles();
  const { view, text, setText, setType, setPage, setSize, clearFilters } = useRolesView();
  const [creating, setCreating] = useState(false);
  // Typing stays responsive: the filtering render may lag a keystroke behind, never the input.
  const q = useDeferredValue(text);
  const { searchable } = roles;
  const filtered = useMemo(
    () => (searchable ? filterRoles(searchable, q, view.type) : []),
    [searchable, q, view.type],
  );
  const all = searchable?.length ?? 0;
  const isFiltered = q.trim() !== '' || view.type !== 'all';

  return (
    <Box>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="h6" component="h2">
          Roles
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} aria-live="polite">
          {searchable &&
            (isFiltered ? `${filtered.length.toLocaleString()} of ${count(all)}` : count(all))}
          {roles.isLoadingMore && ' so far, loading…'}
        </Typography>
        <AccessReviewExport />
        <AddRoleMenu onAssignable={() => setCreating(true)} />
      </Stack>
      <RolesToolbar text={text} onText={setText} type={view.type} onType={setType} />
      {roles.isLoadingMore && <LinearProgress aria-label="Loading more roles" sx={{ mb: 1 }} />}
      {roles.moreFailed && roles.error && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={roles.retry}>
              Retry
            </Button>
          }
        >
          Showing {count(all)} of {roles.total.toLocaleString()}; the rest could not be loaded:{' '}
          {roles.error.message}
        </Alert>
      )}
      <QueryState
        what="roles"
        isPending={roles.isPending}
        error={roles.error}
        data={searchable}
        onRetry={roles.retry}
        isEmpty={(d) => d.length === 0 && !roles.isLoadingMore}
        empty={<NoRolesYet onCreate={() => setCreating(true)} />}
      >
        {() =>
          filtered.length === 0 ? (
            <NoMatches
              message="No roles match the search and type filter."
              clearLabel="Clear filters"
              onClear={clearFilters}
            />
          ) : (
            <PagedRolesTable
              roles={filtered}
              page={view.page}
              size={view.size}
              onPage={setPage}
              onSize={setSize}
            />
          )
        }
      </QueryState>
      <AssignableRoleDialog open={creating} onClose={() => setCreating(false)} />
    </Box>
  );
}
