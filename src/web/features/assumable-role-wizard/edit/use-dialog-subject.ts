import { useState } from 'react';

/**
 * What a dialog shows while `subject` is set, kept through the closing animation after it is
 * cleared; `opening` counts the openings, so each one can start a fresh form.
 */
export function useDialogSubject<T>(subject: T | null): { shown: T | null; opening: number } {
  const [shown, setShown] = useState(subject);
  const [opening, setOpening] = useState(subject ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(subject !== null);
  if ((subject !== null) !== wasOpen) {
    setWasOpen(subject !== null);
    if (subject) {
      setShown(subject);
      setOpening((n) => n + 1);
    }
  }
  return { shown, opening };
}
