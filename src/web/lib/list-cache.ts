import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Takes a deleted item out of a cached list at once, so no picker offers it while the list is
 * read again (the mutation's `invalidates` does that). Lists not loaded yet are left alone.
 */
export function dropFromList(queryClient: QueryClient, listKey: QueryKey, id: string) {
  queryClient.setQueriesData<readonly { id: string }[]>(
    { queryKey: listKey, exact: true },
    (list) => list?.filter((item) => item.id !== id),
  );
}

/** Puts a created item into a cached list at once (at the end, as the API lists by creation). */
export function addToList<T extends { id: string }>(
  queryClient: QueryClient,
  listKey: QueryKey,
  item: T,
) {
  queryClient.setQueriesData<readonly T[]>({ queryKey: listKey, exact: true }, (list) =>
    list && !list.some((i) => i.id === item.id) ? [...list, item] : list,
  );
}
