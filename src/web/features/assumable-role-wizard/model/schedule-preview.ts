import type { TimeOfDay } from '../../../../shared/schemas/role-trust';
import { evaluateTrusts } from '../../../../shared/trust/evaluate';
import {
  dstShifts,
  nextClosing,
  nextOpening,
  scheduleZone,
  weeklyGrid,
} from '../../../../shared/trust/schedule';
import type { ScheduleShift } from '../../../../shared/trust/schedule';
import type { TrustCondition } from '../../../../shared/trust/types';

export interface SchedulePreview {
  /** The zone the schedule is kept in ('UTC' for utc), and the viewer's. */
  trustZone: string;
  viewerZone: string;
  /** False when both name the same zone: one grid says it all. */
  zonesDiffer: boolean;
  trustGrid: boolean[][];
  viewerGrid: boolean[][];
  /** Daylight-saving changes in the next 90 days that move the window on the viewer's clock. */
  shifts: ScheduleShift[];
}

const zoneName = (zone: string) => (zone.toLowerCase() === 'utc' ? 'UTC' : zone);

/**
 * The week as a 7×24 grid in the schedule's zone and in the viewer's, for the week holding `now`,
 * and where the viewer's picture will move within 90 days. An unknown zone (half-typed) shows the
 * week in UTC rather than failing.
 */
export function schedulePreview(
  timeOfDay: TimeOfDay | undefined,
  viewer: string,
  now: Date,
): SchedulePreview {
  const trustZone = timeOfDay && scheduleZone(timeOfDay.timezone) ? timeOfDay.timezone : 'UTC';
  const viewerZone = scheduleZone(viewer) ? viewer : 'UTC';
  const zonesDiffer = scheduleZone(trustZone)?.name !== scheduleZone(viewerZone)?.name;
  const known = timeOfDay && scheduleZone(timeOfDay.timezone) ? timeOfDay : undefined;
  return {
    trustZone: zoneName(trustZone),
    viewerZone: zoneName(viewerZone),
    zonesDiffer,
    trustGrid: weeklyGrid(timeOfDay, trustZone, now),
    viewerGrid: weeklyGrid(timeOfDay, viewerZone, now),
    shifts: known && zonesDiffer ? dstShifts(known, viewerZone, now, 90) : [],
  };
}

export type AssumableNow =
  | { assumable: true; until: Date | null }
  | { assumable: false; failed: TrustCondition[]; reasons: string[]; opensAt: Date | null };

/**
 * "Assumable now?" for the trust being drawn up, from the shared evaluator: the schedule and the
 * expiry (the IP allow-list depends on where the caller is, so it is left out here).
 */
export function assumableNow(
  timeOfDay: TimeOfDay | undefined,
  validUntil: string | null,
  now: Date,
): AssumableNow {
  const probe = '00000000-0000-4000-8000-000000000000';
  const result = evaluateTrusts(
    [
      {
        id: 'draft',
        trust_type: 'TemporaryAssumption',
        trusted_user_id: probe,
        trusted_group_id: '',
        trusted_oidc_issuer_id: '',
        conditions: { ...(timeOfDay ? { time_of_day: timeOfDay } : {}), ip_address: [] },
        valid_until: validUntil ?? '',
      },
    ],
    { kind: 'user', userId: probe, groupIds: [] },
    '',
    now,
  );
  const verdict = result.trusts[0];
  const expiry = validUntil ? new Date(validUntil) : null;
  if (result.allowed || !verdict) {
    const closes = timeOfDay ? nextClosing(timeOfDay, now) : null;
    const until = closes && expiry ? (closes < expiry ? closes : expiry) : (closes ?? expiry);
    return { assumable: true, until };
  }
  const failed = verdict.failed.map((f) => f.condition);
  const opens =
    timeOfDay && failed.includes('time_of_day') && !failed.includes('valid_until')
      ? nextOpening(timeOfDay, now)
      : null;
  const opensAt = opens && (!expiry || opens < expiry) ? opens : null;
  return { assumable: false, failed, reasons: verdict.failed.map((f) => f.reason), opensAt };
}
