import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { forbiddenInText } from './api-client';
import { lazyPopup } from './on-demand';

export interface Notice {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  /** A button in the notice, e.g. Undo. */
  action?: { label: string; onClick: () => void };
}

const NotifyContext = createContext<(notice: Notice) => void>(() => undefined);

/** The bar's code arrives with the first notice. */
const NoticeBar = lazyPopup(() => import('./notice-bar').then((m) => m.NoticeBar));

/** Shows one notice at a time at the bottom of the screen. */
export function SnackbarProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<(Notice & { key: number }) | null>(null);
  const notify = useCallback((notice: Notice) => setCurrent({ ...notice, key: Date.now() }), []);
  // A notice that says which action was missing also links the simulator (and stays longer).
  const refusal = current !== null && forbiddenInText(current.message) !== null;
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <NoticeBar
        open={current !== null}
        notice={current}
        refusal={refusal}
        onClose={() => setCurrent(null)}
      />
    </NotifyContext.Provider>
  );
}

/** `notify({message, severity?, action?})` from any component. */
export function useNotify() {
  return useContext(NotifyContext);
}
