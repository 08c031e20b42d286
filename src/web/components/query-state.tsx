import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { CheckInSimulator } from '../lib/simulator-link';

interface QueryStateProps<T> {
  isPending: boolean;
  error: Error | null;
  data: T | undefined;
  onRetry: () => void;
  /** True when the data holds nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  loading?: ReactNode;
  /** What the failed request was for, e.g. "roles". */
  what: string;
  children: (data: T) => ReactNode;
}

/** One way to show loading, error (with retry) and empty for every list and detail. */
export function QueryState<T>(props: QueryStateProps<T>) {
  const { isPending, error, data, onRetry, isEmpty, empty, loading, what, children } = props;
  if (error && data === undefined) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        Could not load {what}: {error.message}
        <CheckInSimulator error={error} />
      </Alert>
    );
  }
  if (isPending || data === undefined) {
    return (
      <>
        {loading ?? (
          <Box role="progressbar" aria-busy="true" aria-label={`Loading ${what}`}>
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={40} />
            ))}
          </Box>
        )}
      </>
    );
  }
  if (isEmpty?.(data)) {
    return <>{empty ?? <Typography color="text.secondary">No {what} yet.</Typography>}</>;
  }
  return <>{children(data)}</>;
}
