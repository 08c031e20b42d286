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
  /** True when the data holds nothing to show; with `empty` and no test, an empty array. */
  isEmpty?: (data: T) => boolean;
  /** Shown instead of empty data; a sentence is set as quiet text. */
  empty?: ReactNode;
  loading?: ReactNode;
  /** What the failed request was for, e.g. "roles". */
  what: string;
  children: (data: T) => ReactNode;
}

const isEmptyArray = (data: unknown) => Array.isArray(data) && data.length === 0;

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
  const nothing = isEmpty ? isEmpty(data) : empty !== undefined && isEmptyArray(data);
  if (nothing) {
    if (empty === undefined || typeof empty === 'string') {
      return <Typography color="text.secondary">{empty ?? `No ${what} yet.`}</Typography>;
    }
    return <>{empty}</>;
  }
  return <>{children(data)}</>;
}

/** What QueryView needs of a query (a TanStack `useQuery` result fits). */
export interface QueryLike<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => unknown;
}

/** Data already at hand, as a query that has answered (a list the page's entity carries). */
export const loaded = <T,>(data: T): QueryLike<T> => ({
  data,
  error: null,
  isPending: false,
  refetch: () => undefined,
});

/**
 * Several queries as one: pending while any is, failed when any has, Retry refetches each, and
 * the data `combine` makes of theirs once all have answered.
 */
export function allOf<const Q extends readonly QueryLike<unknown>[], T>(
  queries: Q,
  combine: (...data: { [K in keyof Q]: NonNullable<Q[K]['data']> }) => T,
): QueryLike<T> {
  const data = queries.map((q) => q.data);
  const ready = data.every((d) => d !== undefined);
  return {
    data: ready ? combine(...(data as { [K in keyof Q]: NonNullable<Q[K]['data']> })) : undefined,
    error: queries.find((q) => q.error)?.error ?? null,
    isPending: queries.some((q) => q.isPending),
    refetch: () => queries.forEach((q) => void q.refetch()),
  };
}

export type QueryViewProps<T> = Omit<
  QueryStateProps<T>,
  'isPending' | 'error' | 'data' | 'onRetry'
> & {
  query: QueryLike<T>;
};

/** QueryState for one query: its data, its error, whether it is pending, and Retry refetches it. */
export function QueryView<T>({ query, ...rest }: QueryViewProps<T>) {
  return (
    <QueryState
      {...rest}
      isPending={query.isPending}
      error={query.error}
      data={query.data}
      onRetry={() => void query.refetch()}
    />
  );
}
