/** Sorting a list tab by one of its columns, as kept in the URL: `?sort=name`, `?sort=-created`. */

export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

/** What a row is sorted on: text, a number (an instant as milliseconds), a yes/no, or nothing. */
export type SortValue = string | number | boolean | null;

/** Reads `sort` ("name" ascending, "-name" descending); an unknown column means no sort. */
export function parseSort<K extends string>(
  value: string | null,
  keys: readonly K[],
): SortState<K> | null {
  if (!value) return null;
  const direction: SortDirection = value.startsWith('-') ? 'desc' : 'asc';
  const key = direction === 'desc' ? value.slice(1) : value;
  return (keys as readonly string[]).includes(key) ? { key: key as K, direction } : null;
}

export function formatSort(sort: SortState | null): string | null {
  if (!sort) return null;
  return sort.direction === 'desc' ? `-${sort.key}` : sort.key;
}

/** A click on a column header: a new column sorts ascending, the same one flips its direction. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  if (current?.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: 'asc' };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const isEmpty = (v: SortValue) => v === null || v === '';

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}

/**
 * The rows in the order asked for, ties kept in their original order. Rows without a value
 * (an instant the API did not send) go last in either direction: they say nothing about order.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: SortState<K> | null,
  value: (row: T, key: K) => SortValue,
): T[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: value(row, sort.key) }));
  keyed.sort((a, b) => {
    const emptyA = isEmpty(a.v);
    const emptyB = isEmpty(b.v);
    if (emptyA || emptyB) return Number(emptyA) - Number(emptyB);
    return sign * compareValues(a.v, b.v);
  });
  return keyed.map((k) => k.row);
}

/** An API instant as a sort value: milliseconds, or null when absent or unreadable. */
export function instantValue(iso: string): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
