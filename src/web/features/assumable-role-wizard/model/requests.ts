import type { RoleValues } from '../../../../shared/schemas/role';
import type { RoleTrustCreateInput, RoleTrustUpdate } from '../../../../shared/schemas/role-trust';
import { timeOfDayOf } from './schedule-modes';
import { validUntilIso } from './valid-until';
import type { ValidUntilInput } from './valid-until';
import type { TrustFormValues, WizardValues } from './wizard-schema';

/** Stands in for the id the first request returns, in the preview. */
export const NEW_ROLE_ID = '{new role id}';

export interface PlannedRequest {
  method: 'POST' | 'PUT';
  /** The Vultr API path; the console sends it to its proxy at `/api` + path. */
  path: string;
  body?: unknown;
  /** What the request does, for a failure message: "creating the role". */
  what: string;
}

const segment = (id: string) => (id === NEW_ROLE_ID ? id : encodeURIComponent(id));

/** The principal field the entity kind names, e.g. `trusted_group_id`. */
function principal(trust: TrustFormValues['trust']) {
  if (trust.kind === 'user') return { trusted_user_id: trust.entity_id };
  if (trust.kind === 'group') return { trusted_group_id: trust.entity_id };
  return { trusted_oidc_issuer_id: trust.entity_id };
}

function conditions(values: TrustFormValues) {
  const timeOfDay = timeOfDayOf(values.schedule);
  return {
    ...(timeOfDay ? { time_of_day: timeOfDay } : {}),
    ip_address: values.ip_address,
  };
}

export function roleBody(values: WizardValues): RoleValues {
  return values.role;
}

/** The POST /v2/role-trusts body; `valid_until` only when the trust expires. */
export function trustCreateBody(values: TrustFormValues, roleId: string): RoleTrustCreateInput {
  const validUntil = validUntilIso(values.trust.valid_until);
  return {
    role_id: roleId,
    trust_type: values.trust.trust_type,
    ...principal(values.trust),
    conditions: conditions(values),
    ...(validUntil ? { valid_until: validUntil } : {}),
  };
}

/**
 * The PUT /v2/role-trusts/{id} body. Every editable field goes, so the trust ends exactly as the
 * form says; `valid_until` only when it changed (null clears it), since an unchanged expiry that
 * has passed would be refused.
 */
export function trustUpdateBody(values: TrustFormValues, kept: ValidUntilInput): RoleTrustUpdate {
  const now = values.trust.valid_until;
  const changed = now.local !== kept.local || (now.local !== '' && now.zone !== kept.zone);
  return {
    trust_type: values.trust.trust_type,
    ...principal(values.trust),
    conditions: conditions(values),
    ...(changed ? { valid_until: validUntilIso(now) } : {}),
  };
}

/**
 * Every request Add Role sends, in order: the role, one attachment per policy, then the trust.
 * With the placeholder id it is the Review's preview; with the real one, what the hook sends.
 */
export function plannedRequests(
  values: WizardValues,
  policyNames: ReadonlyMap<string, string>,
  roleId = NEW_ROLE_ID,
): PlannedRequest[] {
  return [
    { method: 'POST', path: '/v2/roles', body: roleBody(values), what: 'creating the role' },
    ...values.policy_ids.map((id): PlannedRequest => ({
      method: 'POST',
      path: `/v2/roles/${segment(roleId)}/policies/${encodeURIComponent(id)}`,
      what: `attaching policy ${policyNames.get(id) ?? id}`,
    })),
    {
      method: 'POST',
      path: '/v2/role-trusts',
      body: trustCreateBody(values, roleId),
      what: 'creating the trust',
    },
  ];
}
