import { useCallback, useMemo } from 'react';
import { parseListView, withListView } from './list-view';
import type { ListView } from './list-view';
import { useListSearch } from './list-search';
import type { ListSearch } from './list-search';
import { useUrlView } from './use-url-view';

/** One choice of a list's Type menu. */
export interface TypeOption<F extends string> {
  value: F;
  label: string;
}

/** A list tab's view with the Type menu's choice (the first choice's value when it filters nothing). */
export interface TypedListView<F extends string> extends ListView {
  type: F;
}

/**
 * What a list tab keeps in the URL: `?q=&page=&size=`, and `?type=` when it has a Type menu.
 * `types` are the menu's choices, the first meaning "all"; a single choice means no menu.
 */
export interface ListViewSpec<F extends string> {
  types: readonly [TypeOption<F>, ...TypeOption<F>[]];
  parse: (params: URLSearchParams) => TypedListView<F>;
  serialize: (params: URLSearchParams, view: TypedListView<F>) => URLSearchParams;
}

export function listViewSpec<F extends string>(types: ListViewSpec<F>['types']): ListViewSpec<F> {
  const all = types[0].value;
  const hasMenu = types.length > 1;
  return {
    types,
    // Anything unreadable falls back to the default; defaults stay out of the URL.
    parse: (params) => {
      const type = types.find((o) => hasMenu && o.value === params.get('type'));
      return { ...parseListView(params), type: type?.value ?? all };
    },
    serialize: (params, view) =>
      withListView(params, view, hasMenu ? { type: { value: view.type, none: all } } : {}),
  };
}

/** A list searched and paged, with no Type menu (Users, Groups, OIDC Issuers). */
export const PLAIN_LIST_VIEW = listViewSpec([{ value: 'all', label: 'All' }]);

/** A list tab's view, kept in the URL (see useUrlView), and the ways to change it. */
export function useListTabView<F extends string>(spec: ListViewSpec<F>) {
  const { view, text, setText, write } = useUrlView<TypedListView<F>>(spec.parse, spec.serialize);
  const all = spec.types[0].value;
  const hasMenu = spec.types.length > 1;
  const on = useMemo(
    () => ({
      page: (page: number) => write({ page }, false),
      size: (size: number) => write({ size, page: 0 }, false),
      type: (type: F) => write({ type, page: 0 }, false),
    }),
    [write],
  );
  const clear = useCallback(() => {
    setText('');
    // With a Type menu both go at once; a cleared search alone reaches the URL as typing does.
    if (hasMenu) write({ q: '', type: all, page: 0 }, false);
  }, [setText, write, hasMenu, all]);
  return {
    view,
    text,
    setText,
    setType: on.type,
    clear,
    /** What a paged table takes. */
    paging: { page: view.page, size: view.size, onPage: on.page, onSize: on.size },
  };
}

/**
 * A list tab's whole state: its view in the URL, and what the search and the Type menu let
 * through of `items` (undefined while they load).
 */
export function useListTab<T, F extends string>(
  items: readonly T[] | undefined,
  spec: ListViewSpec<F>,
  search: ListSearch<T, F>,
) {
  const view = useListTabView(spec);
  const { q, shown } = useListSearch(items, search, view.text, view.view.type);
  return {
    ...view,
    types: spec.types,
    q,
    shown,
    /** The search or the Type menu hides some items. */
    filtered: q.trim() !== '' || view.view.type !== spec.types[0].value,
    total: items?.length,
  };
}

export type ListTabState<T = unknown, F extends string = string> = ReturnType<
  typeof useListTab<T, F>
>;
