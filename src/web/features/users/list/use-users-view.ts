import { useCallback } from 'react';
import { useUrlView } from '../../../lib/use-url-view';
import { parseUsersView, withUsersView } from './users-search-params';
import type { UsersView } from './users-search-params';

/** The users list's search, filters, page and page size, kept in the URL (see useUrlView). */
export function useUsersView() {
  const { view, text, setText, write } = useUrlView<UsersView>(parseUsersView, withUsersView);
  return {
    view,
    text,
    setText,
    setPage: useCallback((page: number) => write({ page }, false), [write]),
    setSize: useCallback((size: number) => write({ size, page: 0 }, false), [write]),
  };
}
