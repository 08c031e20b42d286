import { DateTime } from 'luxon';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { scheduleOf } from './schedule-modes';
import { validUntilFromIso } from './valid-until';
import type { EntityKind, TrustFormInput } from './wizard-schema';

/** The entity kind and id a stored trust names. */
export function entityOf(trust: RoleTrust): { kind: EntityKind; id: string } {
  if (trust.trusted_user_id) return { kind: 'user', id: trust.trusted_user_id };
  if (trust.trusted_group_id) return { kind: 'group', id: trust.trusted_group_id };
  return { kind: 'oidc', id: trust.trusted_oidc_issuer_id };
}

/**
 * The zone a stored expiry reopens in. The API keeps an instant, not the zone it was typed in, so
 * the zone is inferred: the schedule's zone when the instant's offset is that zone's offset then
 * (the expiry was written in it), or when the offset is +00:00 — what an API that normalises to UTC
 * gives back for any zone, so it says nothing against the schedule's; otherwise the viewer's zone.
 */
export function expiryZoneOf(
  validUntil: string,
  scheduleZone: string | undefined,
  viewerZone: string,
): string {
  if (!validUntil || !scheduleZone) return viewerZone;
  const at = DateTime.fromISO(validUntil, { setZone: true });
  if (!at.isValid) return viewerZone;
  const inSchedule = at.setZone(scheduleZone);
  if (!inSchedule.isValid) return viewerZone;
  return inSchedule.offset === at.offset || at.offset === 0 ? scheduleZone : viewerZone;
}

/**
 * The editor's starting values: the trust as it is, its expiry in the zone it was most likely
 * written in (see expiryZoneOf), the viewer's `zone` otherwise.
 */
export function trustFormDefaults(trust: RoleTrust, zone: string): TrustFormInput {
  const entity = entityOf(trust);
  const timeOfDay = trust.conditions.time_of_day;
  const schedule = scheduleOf(timeOfDay, zone);
  const expiryZone = expiryZoneOf(trust.valid_until, timeOfDay && schedule.timezone, zone);
  return {
    trust: {
      kind: entity.kind,
      entity_id: entity.id,
      trust_type: trust.trust_type,
      valid_until: validUntilFromIso(trust.valid_until, expiryZone),
    },
    schedule,
    ip_address: [...trust.conditions.ip_address],
  };
}
