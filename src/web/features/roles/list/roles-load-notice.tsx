import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import type { useRolePages } from '../../../entities/role/use-roles';
import { countOf } from '../../../components/list-tab';

/** While later pages of roles stream in, a bar; if one fails, what is missing, with Retry. */
export function RolesLoadNotice({ roles }: { roles: ReturnType<typeof useRolePages> }) {
  return (
    <>
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
          Showing {countOf(roles.roles?.length ?? 0, ['role', 'roles'])} of{' '}
          {roles.total.toLocaleString()}; the rest could not be loaded: {roles.error.message}
        </Alert>
      )}
    </>
  );
}
