import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { policyQueries } from '../api/policy-queries';
import { filterPolicies, toSearchable } from '../list/filter-policies';
import { PoliciesTable } from '../list/policies-table';
import { PoliciesToolbar } from '../list/policies-toolbar';
import { usePoliciesView } from '../list/use-policies-view';
import { NoMatches } from '../../../components/no-matches';

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'policy' : 'policies'}`;

/** Permission Policies: every policy, searched, filtered and paged in the browser, the view in the URL. */
export function PoliciesTab() {
  const query = useQuery(policyQueries.all());
  const { view, text, setText, setType, setPage, setSize, clearFilters } = usePoliciesView();
  const navigate = useNavigate();
  // Typing stays responsive: the filtering render may lag a keystroke behind, never the input.
  const q = useDeferredValue(text);
  const searchable = useMemo(
    () => (query.data ? toSearchable(query.data) : undefined),
    [query.data],
  );
  const filtered = useMemo(
    () => (searchable ? filterPolicies(searchable, q, view.type) : []),
    [searchable, q, view.type],
  );
  const isFiltered = q.trim() !== '' || view.type !== 'all';
  const create = () => void navigate('/policies/new');

  return (
    <Box>
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="h6" component="h2">
          Permission Policies
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} aria-live="polite">
          {searchable &&
            (isFiltered
              ? `${filtered.length.toLocaleString()} of ${count(searchable.length)}`
              : count(searchable.length))}
        </Typography>
        <Tooltip title="Add policy">
          <Button
            variant="contained"
            aria-label="Add policy"
            onClick={create}
            sx={{ minWidth: 0, px: 1.25 }}
          >
            <AddIcon />
          </Button>
        </Tooltip>
      </Stack>
      <PoliciesToolbar text={text} onText={setText} type={view.type} onType={setType} />
      <QueryState
        what="policies"
        isPending={query.isPending}
        error={query.error}
        data={searchable}
        onRetry={() => void query.refetch()}
        isEmpty={(d) => d.length === 0}
        empty={
          <Stack spacing={1.5} sx={{ py: 4, alignItems: 'center', textAlign: 'center' }}>
            <Typography color="text.secondary">
              No policies yet. A policy lists the actions it allows or denies.
            </Typography>
            <Button variant="contained" startIcon={<AddIcon />} onClick={create}>
              New policy
            </Button>
          </Stack>
        }
      >
        {() =>
          filtered.length === 0 ? (
            <NoMatches
              message="No policies match the search and type filter."
              clearLabel="Clear filters"
              onClear={clearFilters}
            />
          ) : (
            <PoliciesTable
              policies={filtered}
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
