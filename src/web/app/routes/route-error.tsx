import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { isRouteErrorResponse, Link as RouterLink, useNavigate, useRouteError } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { UnknownPage } from './not-found';

/**
 * The error boundary of every page: a missing page says "not found" with a way back; anything
 * else says what broke and offers a retry (and the way back too).
 */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const status = isRouteErrorResponse(error)
    ? error.status
    : error instanceof ApiError
      ? error.status
      : null;
  if (status === 404) return <UnknownPage />;
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <Stack spacing={1.5} sx={{ m: 3 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void navigate(0)}>
            Retry
          </Button>
        }
      >
        This page failed to show: {message}
      </Alert>
      <Link component={RouterLink} to="/organization/roles">
        Go to Manage Organization
      </Link>
    </Stack>
  );
}
