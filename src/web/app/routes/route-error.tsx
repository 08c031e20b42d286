import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';

/** The error boundary of every page: say what broke, offer a retry. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <Alert
      severity="error"
      sx={{ m: 3 }}
      action={
        <Button color="inherit" size="small" onClick={() => void navigate(0)}>
          Retry
        </Button>
      }
    >
      This page failed to show: {message}
    </Alert>
  );
}
