import type { ComponentType, JSX } from 'react';
import { RouteSkeleton } from '../components/route-skeleton';
import { onDemand, ShowOnDemand } from '../lib/on-demand';

/** A page, tab or section whose code arrives on demand; `preload` fetches it ahead of need. */
export interface LazyView<P extends object> {
  (props: P): JSX.Element;
  preload: () => Promise<unknown>;
}

/**
 * A view whose code is fetched the first time it is shown (or preloaded), with a skeleton naming
 * `what` meanwhile. Plain state rather than React.lazy and Suspense: a navigation shows the
 * skeleton at once instead of holding the previous page, and the view appears the moment its code
 * is in, without React's pacing of Suspense reveals (up to 300 ms after a fallback).
 */
export function lazyView<P extends object = Record<string, never>>(
  what: string,
  load: () => Promise<ComponentType<P>>,
): LazyView<P> {
  const code = onDemand(load);
  function View(props: P) {
    return (
      <ShowOnDemand code={code} wanted fallback={<RouteSkeleton what={what} />} props={props} />
    );
  }
  View.preload = code.preload;
  return View;
}
