import type { ListMeta } from '../../shared/schemas/common';
import type { ReplyOf } from '../../shared/api/contract';
import type { RouteInfo } from '../../shared/api/routes';
import { callApi } from './api-client';

/** The API's largest page: the fewest round trips to hold a whole list. */
export const PER_PAGE = 500;

/** Path parameters of the list route and any query parameters besides the paging ones. */
export interface ListArgs {
  params?: Record<string, string>;
  query?: Record<string, string>;
}

/** One page of a list route of the contract table, from `cursor` ('' for the first). */
export function listPage<R extends RouteInfo>(
  route: R,
  cursor: string,
  signal: AbortSignal,
  { params = {}, query = {} }: ListArgs = {},
): Promise<ReplyOf<R>> {
  return callApi(route, {
    params,
    query: { ...query, per_page: String(PER_PAGE), cursor: cursor || undefined },
    signal,
  });
}

/** The cursor of the page after this one; '' on the last page. */
export function nextCursor(page: unknown): string {
  return (page as { meta?: ListMeta }).meta?.links.next ?? '';
}

/**
 * GETs every page of a list route, following `meta.links.next` (the API has no name filter, live
 * Vultr neither, so lists load whole and are searched in the browser). A cursor seen twice ends
 * the loop rather than spinning on a misbehaving upstream. Every list the console reads pages
 * through here (or through `listPage`, for the one list that shows its first page early).
 */
export async function loadAllPages<R extends RouteInfo, T>(
  route: R,
  items: (page: ReplyOf<R>) => T[],
  signal: AbortSignal,
  params: Record<string, string> = {},
  query: Record<string, string> = {},
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let cursor = '';
  do {
    seen.add(cursor);
    const page = await listPage(route, cursor, signal, { params, query });
    all.push(...items(page));
    cursor = nextCursor(page);
  } while (cursor && !seen.has(cursor));
  return all;
}
