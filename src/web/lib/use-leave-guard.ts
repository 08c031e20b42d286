import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useLatest } from './use-latest';

/**
 * Asks before leaving a page with unsaved input: in-app navigation away from this path is held
 * (the caller shows the question), and closing or reloading the tab gets the browser's own prompt.
 * Moving between steps (only the query changes) and leaving after `release()` pass freely.
 * `unsaved` is asked at the moment of leaving, so a key typed an instant before counts.
 */
export function useLeaveGuard(unsaved: () => boolean) {
  const released = useRef(false);
  const latest = useLatest(unsaved);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && !released.current && latest.current(),
  );
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current || !latest.current()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [latest]);
  return {
    blocker,
    /** Lets the next navigation through without asking (after a successful save). */
    release: () => {
      released.current = true;
    },
  };
}
