import type { ListMeta } from '../../shared/schemas/common';
import type { ReplyOf, Route } from '../../shared/api/contract';
import type { z } from 'zod';
import { apiRequest, callApi } from './api-client';

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

/** @deprecated Spells a path outside the contract table; being replaced by loadAllPages. */
export async function loadAllPagesByPath<S extends z.ZodType<{ meta: ListMeta }>, T>(
  path: string,
  schema: S,
  items: (page: z.output<S>) => T[],
  signal: AbortSignal,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let cursor = '';
  do {
    seen.add(cursor);
    const search = new URLSearchParams({ per_page: PER_PAGE });
    if (cursor) search.set('cursor', cursor);
    const page = await apiRequest(`${path}?${search}`, schema, { signal });
    all.push(...items(page));
    cursor = page.meta.links.next;
  } while (cursor && !seen.has(cursor));
  return all;
}
