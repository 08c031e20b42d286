import { useDeferredValue, useMemo } from 'react';

/**
 * How a list tab searches its items: the texts of an item the search box looks in, and
 * optionally a filter (the Type menu) an item must also pass.
 */
export interface ListSearch<T, F = string> {
  fields: (item: T) => readonly string[];
  keep?: (item: T, filter: F) => boolean;
}

/**
 * An item with the texts it is searched by, lower-cased once rather than on every keystroke.
 * A NUL between the texts keeps a search from matching across two of them.
 */
export interface Searchable<T> {
  item: T;
  key: string;
}

export function toSearchable<T>(
  items: readonly T[],
  fields: (item: T) => readonly string[],
): Searchable<T>[] {
  return items.map((item) => ({ item, key: fields(item).join('\u0000').toLowerCase() }));
}

/** The items whose texts contain `q` (ignoring case and the spaces around it), in list order. */
export function searchItems<T>(
  list: readonly Searchable<T>[],
  q: string,
  keep?: (item: T) => boolean,
): T[] {
  const needle = q.trim().toLowerCase();
  const out: T[] = [];
  for (const { item, key } of list) {
    if (keep && !keep(item)) continue;
    if (needle !== '' && !key.includes(needle)) continue;
    out.push(item);
  }
  return out;
}

/** Searches a list in one go (what useListSearch does over a render). */
export function searchList<T, F>(
  items: readonly T[],
  search: ListSearch<T, F>,
  q: string,
  filter?: F,
): T[] {
  const { keep } = search;
  const kept = keep && filter !== undefined ? (item: T) => keep(item, filter) : undefined;
  return searchItems(toSearchable(items, search.fields), q, kept);
}

/**
 * A list tab's search as it renders: the text as typed is deferred, so the box stays responsive
 * and the filtering render may lag a keystroke behind; `shown` is what the search and the
 * filter let through, `[]` while the list loads.
 */
export function useListSearch<T, F>(
  items: readonly T[] | undefined,
  search: ListSearch<T, F>,
  text: string,
  filter: F,
) {
  const q = useDeferredValue(text);
  const { fields, keep } = search;
  const searchable = useMemo(() => items && toSearchable(items, fields), [items, fields]);
  const shown = useMemo(
    () => (searchable ? searchItems(searchable, q, keep && ((item) => keep(item, filter))) : []),
    [searchable, q, keep, filter],
  );
  return { q, shown };
}
