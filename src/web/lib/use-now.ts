import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `intervalMs`: for countdowns, "opens in …" texts and
 * "assumable now?", which must stay true to the clock while the page is open.
 */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
