import { useEffect, useState } from 'react';
import type { ComponentType, JSX, ReactNode } from 'react';

/** A component's code fetched once, when first asked for. */
export interface OnDemand<P extends object> {
  /** The component, if its code is already in. */
  loaded: () => ComponentType<P> | undefined;
  /** Fetches the code (once; a failed fetch is tried again next time). */
  preload: () => Promise<ComponentType<P>>;
}

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return {
    loaded: () => loaded,
    preload: () =>
      (pending ??= load().then(
        (component) => (loaded = component),
        (error: unknown) => {
          // Offline, or a newer build replaced the file: the next attempt fetches again.
          pending = undefined;
          throw error;
        },
      )),
  };
}

interface ShowOnDemandProps<P extends object> {
  code: OnDemand<P>;
  /** Fetch the code now (if it is not already in). */
  wanted: boolean;
  /** Rendered until the code is in. */
  fallback: ReactNode;
  props: P;
}

/**
 * The component once `wanted`: fetched then (if not already in), kept afterwards. A fetch that
 * fails is thrown to the nearest error boundary, whose Retry reloads the page.
 */
export function ShowOnDemand<P extends object>({
  code,
  wanted,
  fallback,
  props,
}: ShowOnDemandProps<P>) {
  const [state, setState] = useState<{ component?: ComponentType<P>; error?: unknown }>(() => ({
    component: code.loaded(),
  }));
  const fetchNow = wanted && !state.component;
  useEffect(() => {
    if (!fetchNow) return;
    let live = true;
    code.preload().then(
      (component) => live && setState({ component }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [code, fetchNow]);
  if (state.error !== undefined) throw state.error;
  const Component = state.component;
  return Component ? <Component {...props} /> : <>{fallback}</>;
}

/** A popup (dialog, menu, notice) whose code arrives the first time it opens. */
export interface LazyPopup<P extends { open: boolean }> {
  (props: P): JSX.Element | null;
  /** Fetches the code ahead of need, e.g. when the pointer reaches the button that opens it. */
  preload: () => Promise<unknown>;
}

/**
 * A popup fetched the first time it opens and mounted from then on, so that it closes with its
 * transition and hands focus back as usual. Until then it renders nothing.
 */
export function lazyPopup<P extends { open: boolean }>(
  load: () => Promise<ComponentType<P>>,
): LazyPopup<P> {
  const code = onDemand(load);
  function Popup(props: P) {
    return <ShowOnDemand code={code} wanted={props.open} fallback={null} props={props} />;
  }
  Popup.preload = code.preload;
  return Popup;
}
