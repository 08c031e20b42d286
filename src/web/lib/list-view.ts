import { useCallback } from 'react';
import { useUrlView } from './use-url-view';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** What every list tab keeps in the URL: `?q=&page=&size=` (the URL counts pages from 1). */
export interface ListView {
  q: string;
  /** Zero-based, as MUI's TablePagination counts. */
  page: number;
  size: number;
}

export const DEFAULT_LIST_VIEW: ListView = { q: '', page: 0, size: DEFAULT_PAGE_SIZE };

/** Reads search, page and page size from the URL; anything unreadable falls back to the default. */
export function parseListView(params: URLSearchParams): ListView {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? DEFAULT_PAGE_SIZE);
  return {
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/**
 * Writes the view into a copy of `params`, leaving defaults out so plain URLs stay plain.
 * `filters` are a list's own parameters, each with the value that means "no filter".
 */
export function withListView(
  params: URLSearchParams,
  view: ListView,
  filters: Record<string, { value: string; none: string }> = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, fallback: string) => {
    if (value === fallback) next.delete(key);
    else next.set(key, value);
  };
  set('q', view.q, '');
  for (const [key, { value, none }] of Object.entries(filters)) set(key, value, none);
  set('page', String(view.page + 1), '1');
  set('size', String(view.size), String(DEFAULT_PAGE_SIZE));
  return next;
}

/** A list with only search and paging (Users, Groups), kept in the URL (see useUrlView). */
export function usePlainListView() {
  const { view, text, setText, write } = useUrlView<ListView>(parseListView, withListView);
  return {
    view,
    text,
    setText,
    setPage: useCallback((page: number) => write({ page }, false), [write]),
    setSize: useCallback((size: number) => write({ size, page: 0 }, false), [write]),
  };
}
