import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { forbiddenInText } from './api-client';
import { CheckInSimulator } from './simulator-link';

export interface Notice {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  /** A button in the notice, e.g. Undo. */
  action?: { label: string; onClick: () => void };
}

const NotifyContext = createContext<(notice: Notice) => void>(() => undefined);

/** Shows one notice at a time at the bottom of the screen. */
export function SnackbarProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<(Notice & { key: number }) | null>(null);
  const notify = useCallback((notice: Notice) => setCurrent({ ...notice, key: Date.now() }), []);
  const close = () => setCurrent(null);
  // A notice that says which action was missing also links the simulator (and stays longer).
  const refusal = current !== null && forbiddenInText(current.message) !== null;
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Snackbar
        key={current?.key}
        open={current !== null}
        autoHideDuration={current?.action || refusal ? 8000 : 5000}
        onClose={(_e, reason) => {
          if (reason !== 'clickaway') close();
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={current?.severity ?? 'success'}
          variant="filled"
          onClose={close}
          action={
            current?.action ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  current.action?.onClick();
                  close();
                }}
              >
                {current.action.label}
              </Button>
            ) : undefined
          }
          sx={{ width: '100%' }}
        >
          {current?.message}
          {refusal && <CheckInSimulator text={current?.message} onFollow={close} />}
        </Alert>
      </Snackbar>
    </NotifyContext.Provider>
  );
}

/** `notify({message, severity?, action?})` from any component. */
export function useNotify() {
  return useContext(NotifyContext);
}
