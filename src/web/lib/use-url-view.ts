import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';

/** Every list view has a search text and a page; the rest (filters, page size) is the list's own. */
export interface UrlView {
  q: string;
  page: number;
}

/** Typing writes the URL once the typist pauses: each URL change re-renders the whole page. */
const TYPING_PAUSE_MS = 300;

/**
 * A list's search, filters and paging, kept in the URL so reload and back/forward restore them.
 * Typing replaces the history entry; every other change pushes one.
 *
 * The search box shows `text`, held here rather than read back from the URL: the router applies
 * URL changes in a transition, and a controlled input that lags a keystroke loses characters.
 * The text follows the URL again on any navigation that typing did not cause (back, forward,
 * a link, clearing the filters).
 */
export function useUrlView<V extends UrlView>(
  parse: (params: URLSearchParams) => V,
  serialize: (params: URLSearchParams, view: V) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const urlView = parse(params);
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

  // The typing pause's pending write: any explicit write supersedes it (it carries the text anyway).
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelTyping = () => {
    if (typingTimer.current !== null) clearTimeout(typingTimer.current);
    typingTimer.current = null;
  };
  const write = useCallback(
    (next: Partial<V>, replace: boolean) => {
      cancelTyping();
      // Start from the live URL: the params the router hands an updater can lag a write that is
      // still on its way (it applies them in a transition), and a stale filter would come back.
      setParams(
        () => {
          const live = new URLSearchParams(window.location.search);
          return serialize(live, { ...parse(live), q: latestText.current, ...next });
        },
        { replace },
      );
    },
    [setParams, parse, serialize],
  );

  // Text the URL does not hold yet: typed within the last pause.
  const pending = text !== urlView.q;
  useEffect(() => {
    if (!pending) return;
    typingTimer.current = setTimeout(
      () => write({ q: text, page: 0 } as Partial<V>, true),
      TYPING_PAUSE_MS,
    );
    return cancelTyping;
  }, [pending, text, write]);

  return {
    // Until the typed text reaches the URL, the view is that text's first page.
    view: pending ? { ...urlView, q: text, page: 0 } : urlView,
    text,
    setText,
    write,
  };
}
