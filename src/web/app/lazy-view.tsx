import { useEffect, useState } from 'react';
import type { ComponentType, JSX } from 'react';
import { RouteSkeleton } from '../components/route-skeleton';

/** A page, tab or section whose code arrives on demand; `preload` fetches it ahead of need. */
export interface LazyView<P extends object> {
  (props: P): JSX.Element;
  preload: () => Promise<unknown>;
}

/**
 * A view whose code is fetched the first time it is shown (or preloaded), with a skeleton naming
 * `what` meanwhile. Plain state rather than React.lazy and Suspense: a navigation shows the
 * skeleton at once instead of holding the previous page, and the view appears the moment its code
 * is in, without React's pacing of Suspense reveals (up to 300 ms after a fallback). A fetch that
 * fails is thrown to the route's error boundary, whose Retry reloads the page.
 */
export function lazyView<P extends object = Record<string, never>>(
  what: string,
  load: () => Promise<ComponentType<P>>,
): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Offline, or a newer build replaced the file: the next attempt fetches again.
        pending = undefined;
        throw error;
      },
    ));

  function View(props: P) {
    const [state, setState] = useState<{ component?: ComponentType<P>; error?: unknown }>(() => ({
      component: loaded,
    }));
    const Component = state.component;
    useEffect(() => {
      if (Component) return;
      let live = true;
      preload().then(
        (component) => live && setState({ component }),
        (error: unknown) => live && setState({ error }),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (state.error !== undefined) throw state.error;
    if (!Component) return <RouteSkeleton what={what} />;
    return <Component {...props} />;
  }
  View.preload = preload;
  return View;
}
