import { MutationCache, QueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { ApiError } from './api-client';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * The entity roots (or narrower keys) this write changes. Once it settles, each is marked
       * stale, so every screen showing that entity (lists, pickers, pages) reads it again.
       */
      invalidates: readonly QueryKey[];
    };
  }
}

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
      onSettled: (_data, _error, _variables, _context, mutation) => {
        for (const queryKey of mutation.meta?.invalidates ?? []) {
          void client.invalidateQueries({ queryKey });
        }
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
