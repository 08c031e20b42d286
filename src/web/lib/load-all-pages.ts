import type { ListMeta } from '../../shared/schemas/common';
import type { ReplyOf, Route } from '../../shared/api/contract';
import { callApi } from './api-client';

/** The API's largest page: the fewest round trips to hold a whole list. */
const PER_PAGE = '500';

/**
 * GETs every page of a list route of the contract table, following `meta.links.next` (the API
 * has no name filter, live Vultr neither, so lists load whole and are searched in the browser).
 * A cursor seen twice ends the loop rather than spinning on a misbehaving upstream.
 */
export async function loadAllPages<R extends Route, T>(
  route: R,
  items: (page: ReplyOf<R>) => T[],
  signal: AbortSignal,
  params: Record<string, string> = {},
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let cursor = '';
  do {
    seen.add(cursor);
    const page = await callApi(route, {
      params,
      query: { per_page: PER_PAGE, cursor: cursor || undefined },
      signal,
    });
    all.push(...items(page));
    cursor = (page as { meta?: ListMeta }).meta?.links.next ?? '';
  } while (cursor && !seen.has(cursor));
  return all;
}
