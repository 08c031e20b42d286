import { useState } from 'react';

/**
 * What a confirm dialog is about (the member to remove, the policy to detach, …). The target
 * outlives `open`, so the dialog keeps its words while it fades out instead of flashing an empty
 * name ("Remove ?").
 */
export function useConfirmTarget<T>() {
  const [state, setState] = useState<{ target: T | null; open: boolean }>({
    target: null,
    open: false,
  });
  const close = () => setState((s) => ({ ...s, open: false }));
  return {
    target: state.target,
    open: state.open,
    ask: (target: T) => setState({ target, open: true }),
    close,
    /** A ConfirmDialog's open, onConfirm and onClose: Confirm does `run` to the target, then closes. */
    dialog: (run: (target: T) => void) => ({
      open: state.open,
      onConfirm: () => {
        if (state.target !== null) run(state.target);
        close();
      },
      onClose: close,
    }),
  };
}
