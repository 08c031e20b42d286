export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** What the Groups tab shows, as kept in the URL: `?q=&page=&size=` (page counts from 1). */
export interface GroupsView {
  q: string;
  /** Zero-based, as MUI's TablePagination counts. */
  page: number;
  size: number;
}

export const DEFAULT_VIEW: GroupsView = { q: '', page: 0, size: DEFAULT_PAGE_SIZE };

/** Reads the view from the URL; anything unreadable falls back to the default. */
export function parseGroupsView(params: URLSearchParams): GroupsView {
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size') ?? DEFAULT_PAGE_SIZE);
  return {
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the view into a copy of `params`, leaving defaults out so plain URLs stay plain. */
export function withGroupsView(params: URLSearchParams, view: GroupsView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, fallback: string) => {
    if (value === fallback) next.delete(key);
    else next.set(key, value);
  };
  set('q', view.q, '');
  set('page', String(view.page + 1), '1');
  set('size', String(view.size), String(DEFAULT_PAGE_SIZE));
  return next;
}
