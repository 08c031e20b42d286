import { queryOptions } from '@tanstack/react-query';
import type { ReplyOf } from '../../shared/api/contract';
import type { RouteInfo } from '../../shared/api/routes';
import { callApi } from './api-client';
import { loadAllPages } from './load-all-pages';

type Params = Record<string, string>;

/**
 * The keys of one entity: everything under one root, its one list beside its details, and each
 * object's own views (`of(id, 'groups')`) under the object's detail key, so removing the object
 * takes them along.
 */
export function entityKeys<const Root extends string>(root: Root) {
  const ROOT = [root] as const;
  return {
    root: () => ROOT,
    list: () => [...ROOT, 'list'] as const,
    details: () => [...ROOT, 'detail'] as const,
    detail: (id: string) => [...ROOT, 'detail', id] as const,
    of: <const View extends string>(id: string, view: View) =>
      [...ROOT, 'detail', id, view] as const,
  };
}

/** Every page of a list route, as one query (`params`: the path's parameters). */
export function wholeList<const K extends readonly unknown[], R extends RouteInfo, T>(
  queryKey: K,
  route: R,
  items: (page: ReplyOf<R>) => T[],
  params: Params = {},
  staleTime = 30_000,
) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => loadAllPages(route, items, signal, params),
    staleTime,
  });
}

/** One read route, answered by the part of its reply `pick` chooses. */
export function readOne<const K extends readonly unknown[], R extends RouteInfo, T>(
  queryKey: K,
  route: R,
  params: Params,
  pick: (reply: ReplyOf<R>) => T,
  staleTime?: number,
) {
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => pick(await callApi(route, { params, signal })),
    // Left out rather than undefined, which would override the client's default.
    ...(staleTime === undefined ? {} : { staleTime }),
  });
}
