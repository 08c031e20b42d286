import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * A ref that holds the value of the latest render, for callbacks handed out once (to a dialog, to
 * the router) that must act on what the component shows now rather than on what it showed then.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
