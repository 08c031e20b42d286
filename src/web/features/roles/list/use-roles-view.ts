import { useCallback } from 'react';
import { useUrlView } from '../../../lib/use-url-view';
import { parseRolesView, withRolesView } from './roles-search-params';
import type { RolesView } from './roles-search-params';

/** The roles list's search, filters, page and page size, kept in the URL (see useUrlView). */
export function useRolesView() {
  const { view, text, setText, write } = useUrlView<RolesView>(parseRolesView, withRolesView);
  return {
    view,
    text,
    setText,
    setType: useCallback((type: RolesView['type']) => write({ type, page: 0 }, false), [write]),
    setPage: useCallback((page: number) => write({ page }, false), [write]),
    setSize: useCallback((size: number) => write({ size, page: 0 }, false), [write]),
    clearFilters: useCallback(() => {
      setText('');
      write({ q: '', type: 'all', page: 0 }, false);
    }, [write, setText]),
  };
}
