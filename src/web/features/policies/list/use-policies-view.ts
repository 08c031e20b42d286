import { useCallback } from 'react';
import { useUrlView } from '../../../lib/use-url-view';
import { parsePoliciesView, withPoliciesView } from './policies-view';
import type { PoliciesView } from './policies-view';

/** The policies list's search, filters, page and page size, kept in the URL (see useUrlView). */
export function usePoliciesView() {
  const { view, text, setText, write } = useUrlView<PoliciesView>(
    parsePoliciesView,
    withPoliciesView,
  );
  return {
    view,
    text,
    setText,
    setType: useCallback((type: PoliciesView['type']) => write({ type, page: 0 }, false), [write]),
    setPage: useCallback((page: number) => write({ page }, false), [write]),
    setSize: useCallback((size: number) => write({ size, page: 0 }, false), [write]),
    clearFilters: useCallback(() => {
      setText('');
      write({ q: '', type: 'all', page: 0 }, false);
    }, [write, setText]),
  };
}
