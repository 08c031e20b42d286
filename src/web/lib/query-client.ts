import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/**
 * The root key of every view derived from the whole organization (who holds which policy, who
 * may do what). Any write can change them, so every finished mutation marks them stale.
 */
export const PERMISSIONS_QUERY_ROOT = ['permissions'] as const;

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // Settled rather than succeeded: a write that failed half-way may still have changed something.
    // Not awaited: the mutation finishes without waiting for the views to load again.
    mutationCache: new MutationCache({
      onSettled: () => {
        void client.invalidateQueries({ queryKey: PERMISSIONS_QUERY_ROOT });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves: retry only network trouble and 5xx.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
