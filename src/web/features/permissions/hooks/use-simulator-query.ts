import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { readSimulatorQuery, writeSimulatorQuery } from '../model/simulator';
import type { SimulatorQuery } from '../model/simulator';

/**
 * The simulator's state, kept in the address so a link or a reload shows the same answer. A
 * choice pushes a history entry; typing replaces it.
 */
export function useSimulatorQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readSimulatorQuery(params), [params]);
  const update = useCallback(
    (next: Partial<SimulatorQuery>, options: { replace?: boolean } = {}) => {
      // From the live address: the router may still be applying an earlier write.
      setParams(
        () => {
          const live = readSimulatorQuery(new URLSearchParams(window.location.search));
          return writeSimulatorQuery({ ...live, ...next });
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
  return { query, update };
}

/** Typing writes the address once the typist pauses. */
const TYPING_PAUSE_MS = 300;

/**
 * A text field kept in the address: the field shows what is typed at once and the address
 * follows after a pause. The field follows the address again when it changes by other means
 * (back, forward, a link), not when it only echoes what was typed.
 */
export function useTypedParam(
  fromUrl: string,
  write: (text: string) => void,
  normalize: (text: string) => string,
) {
  const [text, setText] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  // What typing last wrote: its echo in the address must not overwrite what was typed since.
  const [written, setWritten] = useState<string | null>(null);
  if (seen !== fromUrl) {
    setSeen(fromUrl);
    if (fromUrl !== written && fromUrl !== normalize(text)) setText(fromUrl);
  }
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);
  useEffect(() => {
    if (normalize(text) === fromUrl) return;
    const timer = setTimeout(() => {
      setWritten(normalize(text));
      writeRef.current(text);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, fromUrl, normalize]);
  return [text, setText] as const;
}
