import { useEffect, useRef } from 'react';
import type { HeldSession } from '../../../entities/session/held-credentials';
import { renewDelayMs } from '../model/remaining';

/**
 * While `enabled` and the tab is open, calls `renew` five minutes before the held credentials
 * expire — once per credentials, so a failed renewal does not retry in a loop; new credentials
 * schedule anew.
 */
export function useRenewBeforeExpiry(
  enabled: boolean,
  held: HeldSession | null,
  renew: () => void,
): void {
  const renewRef = useRef(renew);
  useEffect(() => {
    renewRef.current = renew;
  });
  useEffect(() => {
    if (!enabled || held === null) return;
    const delay = renewDelayMs(
      {
        expiration: held.response.credentials.expiration,
        lifetimeSeconds: held.request.duration_seconds,
        receivedAt: held.receivedAt,
      },
      new Date(),
    );
    if (delay === null) return;
    // Timers clamp at 2^31-1 ms (24.8 days); sessions last at most 12 hours.
    const timer = setTimeout(() => renewRef.current(), delay);
    return () => clearTimeout(timer);
  }, [enabled, held]);
}
