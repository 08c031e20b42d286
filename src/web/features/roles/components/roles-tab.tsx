import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { roleQueries } from '../api/role-queries';
import { RolesTable } from './roles-table';

const PER_PAGE = 25;

/** The Roles tab: the organization's roles, one page at a time, the page kept in the URL. */
export function RolesTab() {
  const [params, setParams] = useSearchParams();
  const cursor = params.get('cursor') ?? '';
  const query = useQuery(roleQueries.list({ perPage: PER_PAGE, cursor }));
  const goTo = (next: string) =>
    setParams((p) => {
      const copy = new URLSearchParams(p);
      if (next) copy.set('cursor', next);
      else copy.delete('cursor');
      return copy;
    });

  return (
    <Box>
      <Stack
        direction="row"
        sx={{ mb: 2, alignItems: 'baseline', justifyContent: 'space-between' }}
      >
        <Typography variant="h6" component="h2">
          Roles
        </Typography>
        {query.data && (
          <Typography variant="body2" color="text.secondary">
            {query.data.meta.total} {query.data.meta.total === 1 ? 'role' : 'roles'}
          </Typography>
        )}
      </Stack>
      <QueryState
        what="roles"
        isPending={query.isPending}
        error={query.error}
        data={query.data}
        onRetry={() => void query.refetch()}
        isEmpty={(d) => d.roles.length === 0}
      >
        {(data) => (
          <>
            <RolesTable roles={data.roles} />
            <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
              <Button
                size="small"
                disabled={!data.meta.links.prev}
                onClick={() => goTo(data.meta.links.prev)}
              >
                Previous page
              </Button>
              <Button
                size="small"
                disabled={!data.meta.links.next}
                onClick={() => goTo(data.meta.links.next)}
              >
                Next page
              </Button>
            </Stack>
          </>
        )}
      </QueryState>
    </Box>
  );
}
