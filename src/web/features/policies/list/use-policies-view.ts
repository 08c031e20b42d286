import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { parsePoliciesView, withPoliciesView } from './policies-view';
import type { PoliciesView } from './policies-view';

/** Typing writes the URL once the typist pauses: each URL change re-renders the whole page. */
const TYPING_PAUSE_MS = 300;

/**
 * The tab's search, kind filter, page and page size, kept in the URL so reload and back/forward
 * restore them. Typing replaces the history entry; every other change pushes one.
 *
 * The search box shows `text`, held here rather than read back from the URL: the router applies
 * URL changes in a transition, and a controlled input lagging a keystroke loses characters. The
 * text follows the URL again on any navigation typing did not cause (back, forward, a link).
 */
export function usePoliciesView() {
  const [params, setParams] = useSearchParams();
  const urlView = parsePoliciesView(params);
  const location = useLocation();
  const navigationType = useNavigationType();
  const [text, setText] = useState(urlView.q);
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    if (navigationType !== 'REPLACE') setText(urlView.q);
  }

  // Every write carries the text as typed so far, even before the typing pause has passed.
  const latestText = useRef(text);
  useEffect(() => {
    latestText.current = text;
  }, [text]);
  const write = useCallback(
    (next: Partial<PoliciesView>, replace: boolean) =>
      setParams(
        (p) => withPoliciesView(p, { ...parsePoliciesView(p), q: latestText.current, ...next }),
        { replace },
      ),
    [setParams],
  );

  const pending = text !== urlView.q;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => write({ q: text, page: 0 }, true), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [pending, text, write]);

  return {
    // Until the typed text reaches the URL, the view is that text's first page.
    view: pending ? { ...urlView, q: text, page: 0 } : urlView,
    text,
    setText,
    setType: useCallback((type: PoliciesView['type']) => write({ type, page: 0 }, false), [write]),
    setPage: useCallback((page: number) => write({ page }, false), [write]),
    setSize: useCallback((size: number) => write({ size, page: 0 }, false), [write]),
    clearFilters: useCallback(() => {
      setText('');
      write({ q: '', type: 'all', page: 0 }, false);
    }, [write]),
  };
}
