import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A header that Edit turns into a form in place: whether the form is open, how to close it, and
 * the props for the Edit button, which takes the focus back when the form closes, as a dialog's
 * opener would.
 */
export function useInlineEdit() {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const open = useCallback(() => setEditing(true), []);
  const close = useCallback(() => setEditing(false), []);
  return { editing, close, editButton: { ref: button, onClick: open, disabled: editing } };
}
