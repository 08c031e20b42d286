import { useCallback } from 'react';
import { useUrlView } from '../../../lib/use-url-view';
import { parseGroupsView, withGroupsView } from './groups-search-params';
import type { GroupsView } from './groups-search-params';

/** The groups list's search, filters, page and page size, kept in the URL (see useUrlView). */
export function useGroupsView() {
  const { view, text, setText, write } = useUrlView<GroupsView>(parseGroupsView, withGroupsView);
  return {
    view,
    text,
    setText,
    setPage: useCallback((page: number) => write({ page }, false), [write]),
    setSize: useCallback((size: number) => write({ size, page: 0 }, false), [write]),
  };
}
