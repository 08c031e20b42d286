import { useState } from 'react';

/**
 * What a confirm dialog is about. The target outlives `open`, so the dialog keeps its words
 * while it fades out instead of flashing "Remove ?".
 */
export function useConfirmTarget<T>() {
  const [state, setState] = useState<{ target: T | null; open: boolean }>({
    target: null,
    open: false,
  });
  return {
    target: state.target,
    open: state.open,
    ask: (target: T) => setState({ target, open: true }),
    close: () => setState((s) => ({ ...s, open: false })),
  };
}
