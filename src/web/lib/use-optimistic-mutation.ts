import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataTag, QueryKey, UseMutationOptions } from '@tanstack/react-query';
import { useNotify } from './snackbar';

/** Where a write shows before the server answers, and how. */
export interface OptimisticChange<TData, TVars> {
  /** The cached data the write changes (a query's key, which knows its data's type). */
  key: (variables: TVars) => DataTag<QueryKey, TData, Error>;
  /** Only that query, not also those under its key. */
  exact?: boolean;
  apply: (data: TData, variables: TVars) => TData;
}

/** The notices of a write: what it did, and what it could not do (the error's words follow). */
export interface WriteNotices<TVars> {
  /** "Ann Lee added". */
  done: (variables: TVars) => string;
  /** "add Ann Lee", read as "Could not add Ann Lee: …". */
  failed: (variables: TVars) => string;
}

interface Snapshot<TData> {
  previous: TData | undefined;
}

type OptimisticMutationOptions<TReply, TVars, TData> = Omit<
  UseMutationOptions<TReply, Error, TVars, Snapshot<TData>>,
  'onMutate' | 'meta'
> & {
  /** The entity roots the write changes: read again once it settles. */
  meta: { invalidates: readonly QueryKey[] };
  optimistic: OptimisticChange<TData, TVars>;
  notices?: WriteNotices<TVars>;
};

/**
 * A mutation the page shows at once: its change goes into the cache before the request (reads of
 * that data in flight are stopped, lest they overwrite it), and the data as it was comes back if
 * the write fails. With `notices`, it says how the write went.
 */
export function useOptimisticMutation<TReply, TVars, TData>({
  optimistic,
  notices,
  onSuccess,
  onError,
  meta,
  ...options
}: OptimisticMutationOptions<TReply, TVars, TData>) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    ...options,
    meta,
    onMutate: async (variables) => {
      const queryKey = optimistic.key(variables);
      await queryClient.cancelQueries({ queryKey, exact: optimistic.exact });
      const previous = queryClient.getQueryData(queryKey);
      if (previous !== undefined) {
        queryClient.setQueryData(queryKey, optimistic.apply(previous, variables));
      }
      return { previous };
    },
    onError: (error, variables, snapshot, context) => {
      if (snapshot?.previous !== undefined) {
        queryClient.setQueryData(optimistic.key(variables), snapshot.previous);
      }
      if (notices) {
        notify({
          severity: 'error',
          message: `Could not ${notices.failed(variables)}: ${error.message}`,
        });
      }
      return onError?.(error, variables, snapshot, context);
    },
    onSuccess: (reply, variables, snapshot, context) => {
      if (notices) notify({ message: notices.done(variables) });
      return onSuccess?.(reply, variables, snapshot, context);
    },
  });
}

/** A list with one item put last (added) or taken out (removed), by id. */
export function withOrWithout<T extends { id: string }>(list: T[], item: T, add: boolean): T[] {
  const rest = list.filter((i) => i.id !== item.id);
  return add ? [...rest, item] : rest;
}

/** The item goes into (or out of) a cached list: the roles a group holds. */
export function itemInList<T extends { id: string }>(
  key: DataTag<QueryKey, T[], Error>,
  add: boolean,
): OptimisticChange<T[], T> {
  return { key: () => key, apply: (list, item) => withOrWithout(list, item, add) };
}

/** The item goes into (or out of) a list an entity carries: a group's members, a role's policies. */
export function itemInEntity<TData, F extends keyof TData, T extends { id: string }>(
  key: DataTag<QueryKey, TData, Error>,
  field: F,
  add: boolean,
): OptimisticChange<TData, T> {
  return {
    key: () => key,
    exact: true,
    apply: (data, item) => ({ ...data, [field]: withOrWithout(data[field] as T[], item, add) }),
  };
}
