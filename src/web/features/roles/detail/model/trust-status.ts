import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { isWithinSchedule, nextClosing, nextOpening } from '../../../../../shared/trust/schedule';

/**
 * Whether a trust lets its entity in at `now`, judging only what does not depend on the caller:
 * the schedule and the expiry. (The IP allow-list depends on where the caller is.)
 */
export type AssumableNow =
  | { assumable: true; closesAt: Date | null }
  | { assumable: false; reason: 'expired'; expiredAt: Date }
  | { assumable: false; reason: 'closed'; opensAt: Date }
  | { assumable: false; reason: 'never-opens' }
  | { assumable: false; reason: 'expires-first'; expiresAt: Date };

type Judged = Pick<RoleTrust, 'conditions' | 'valid_until'>;

/** The trust's expiry as a Date, or null when it has none. */
export function validUntil(trust: Pick<RoleTrust, 'valid_until'>): Date | null {
  return trust.valid_until ? new Date(trust.valid_until) : null;
}

export function isExpired(trust: Pick<RoleTrust, 'valid_until'>, now: Date): boolean {
  const until = validUntil(trust);
  return until !== null && until.getTime() <= now.getTime();
}

export function assumableNow(trust: Judged, now: Date): AssumableNow {
  const until = validUntil(trust);
  if (until && until.getTime() <= now.getTime()) {
    return { assumable: false, reason: 'expired', expiredAt: until };
  }
  const schedule = trust.conditions.time_of_day;
  if (!schedule) return { assumable: true, closesAt: until };
  if (isWithinSchedule(schedule, now)) {
    const closes = nextClosing(schedule, now);
    const closesAt = closes && until && until < closes ? until : (closes ?? until);
    return { assumable: true, closesAt };
  }
  const opensAt = nextOpening(schedule, now);
  if (!opensAt) return { assumable: false, reason: 'never-opens' };
  if (until && until.getTime() <= opensAt.getTime()) {
    return { assumable: false, reason: 'expires-first', expiresAt: until };
  }
  return { assumable: false, reason: 'closed', opensAt };
}
