/** One page of a list: its items and the cursor of the next page ('' when it was the last). */
export interface Page<T> {
  items: T[];
  next: string;
}

/**
 * Follows `meta.links.next` until the last page: the API has no name filter (live Vultr
 * neither), so lists load whole and are searched in the browser. A cursor seen twice ends
 * the loop rather than spinning forever on a misbehaving upstream.
 */
export async function loadAllPages<T>(page: (cursor: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor = '';
  do {
    seen.add(cursor);
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.next;
  } while (cursor && !seen.has(cursor));
  return items;
}

/** `?per_page=500[&cursor=…]`: the API's largest page, the fewest round trips. */
export function pageQuery(cursor: string): string {
  const search = new URLSearchParams({ per_page: '500' });
  if (cursor) search.set('cursor', cursor);
  return search.toString();
}
