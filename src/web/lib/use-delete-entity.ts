import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataTag, QueryClient, QueryKey } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { EntityPageKind } from '../components/detail-page';
import { dropFromList } from './list-cache';
import { useNotify } from './snackbar';
import { capitalized } from './words';

/** The entity's page's data (dropped once that page has gone) and the list it leaves. */
interface EntityQueries<T> {
  detail: (id: string) => { queryKey: DataTag<QueryKey, T, Error> };
  list?: () => { queryKey: QueryKey };
}

interface DeleteEntityOptions<T> {
  /** The DELETE request. */
  request: () => Promise<unknown>;
  /** The entity's restore request, offered as Undo in the notice; without it there is no Undo. */
  restore?: () => Promise<(T & { name: string }) | null>;
  meta: { invalidates: readonly QueryKey[] };
  /** Takes it out of a list that is not a plain array (the paged roles list). */
  dropFromList?: (queryClient: QueryClient) => void;
  /** The kind as the notices say it, when not the kind's own word. */
  noun?: string;
  /** The page tells why a delete failed (a 409 it explains): no notice then. */
  failureOnPage?: boolean;
}

/**
 * Deletes an entity (of `kind`, read by `queries`) from its own page, then goes back to its tab and says so; a restore, when the
 * API has one, is the notice's Undo and leads back to the page. The notice outlives the page:
 * TanStack runs the restore mutation's own callbacks even after its component has unmounted.
 */
export function useDeleteEntity<T extends { id: string }>(
  kind: EntityPageKind<T>,
  entity: T,
  queries: EntityQueries<T>,
  options: DeleteEntityOptions<T>,
) {
  const noun = options.noun ?? kind.noun;
  const name = kind.nameOf(entity);
  const detailKey = queries.detail(entity.id).queryKey;
  const queryClient = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const failed = (what: string) => (error: Error) =>
    notify({ severity: 'error', message: `Could not ${what} ${noun} ${name}: ${error.message}` });

  const restore = useMutation({
    mutationFn: async () => (options.restore ? options.restore() : null),
    meta: options.meta,
    // An empty reply (read as null): the page reads the entity again.
    onSuccess: (restored) => {
      if (restored) queryClient.setQueryData(detailKey, restored);
      else void queryClient.invalidateQueries({ queryKey: detailKey });
      notify({ message: `${capitalized(noun)} ${restored?.name || name} restored` });
      void navigate(kind.pathOf(entity.id));
    },
    onError: failed('restore'),
  });

  return useMutation({
    mutationFn: options.request,
    meta: options.meta,
    onSuccess: async () => {
      await navigate(kind.parent.to);
      // Only once the page has gone, or it would refetch the entity and find it missing.
      queryClient.removeQueries({ queryKey: detailKey });
      const list = queries.list?.().queryKey;
      if (list) dropFromList(queryClient, list, entity.id);
      options.dropFromList?.(queryClient);
      notify({
        message: `${capitalized(noun)} ${name} deleted`,
        ...(options.restore && { action: { label: 'Undo', onClick: () => restore.mutate() } }),
      });
    },
    onError: options.failureOnPage ? undefined : failed('delete'),
  });
}
