import { pathOf, ROUTES } from '../../../../shared/api/routes';
import type { Method, RouteInfo } from '../../../../shared/api/routes';
import type { RoleValues } from '../../../../shared/schemas/role';
import type { RoleTrustCreateInput, RoleTrustUpdate } from '../../../../shared/schemas/role-trust';
import { timeOfDayOf } from './schedule-modes';
import { validUntilIso } from './valid-until';
import type { ValidUntilInput } from './valid-until';
import type { TrustFormValues, WizardValues } from './wizard-schema';

/** Stands in for the id the first request returns, in the preview. */
export const NEW_ROLE_ID = '{new role id}';

export interface PlannedRequest {
  /** The route of the contract table the request goes to, and its path parameters. */
  route: RouteInfo;
  params: Record<string, string>;
  method: Method;
  /** The Vultr API path (the placeholder left readable); the console sends it to `/api` + path. */
  path: string;
  body?: unknown;
  /** What the request does, for a failure message: "creating the role". */
  what: string;
}

function planned(
  route: RouteInfo,
  params: Record<string, string>,
  what: string,
  body?: unknown,
): PlannedRequest {
  const path = pathOf(route, params).replaceAll(encodeURIComponent(NEW_ROLE_ID), NEW_ROLE_ID);
  return {
    route,
    params,
    method: route.method,
    path,
    what,
    ...(body === undefined ? {} : { body }),
  };
}

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

/** A PUT /v2/role-trusts/{id} body as Vultr's clients send it: `valid_until` a string or absent. */
export type TrustUpdateBody = Omit<RoleTrustUpdate, 'valid_until'> & { valid_until?: string };

/** Whether the form's expiry differs from the one the trust had when the editor opened. */
export function expiryChanged(now: ValidUntilInput, kept: ValidUntilInput): boolean {
  return now.local !== kept.local || (now.local !== '' && now.zone !== kept.zone);
}

/** Whether the form removes an expiry the trust has: Vultr has no way to say so in an update. */
export function removesExpiry(now: ValidUntilInput, kept: ValidUntilInput): boolean {
  return kept.local !== '' && now.local === '';
}

/**
 * The PUT /v2/role-trusts/{id} body. Every editable field goes, so the trust ends exactly as the
 * form says; `valid_until` only when it changed to a new instant, since an unchanged expiry that
 * has passed would be refused. A removed expiry is left out (Vultr's clients never send `null`):
 * the API may keep the old one, which the read-back after saving shows.
 */
export function trustUpdateBody(values: TrustFormValues, kept: ValidUntilInput): TrustUpdateBody {
  const now = values.trust.valid_until;
  const iso = expiryChanged(now, kept) ? validUntilIso(now) : null;
  return {
    trust_type: values.trust.trust_type,
    ...principal(values.trust),
    conditions: conditions(values),
    ...(iso ? { valid_until: iso } : {}),
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
    planned(ROUTES.createRole, {}, 'creating the role', roleBody(values)),
    ...values.policy_ids.map((id) =>
      planned(
        ROUTES.attachRolePolicy,
        { roleId, policyId: id },
        `attaching policy ${policyNames.get(id) ?? id}`,
      ),
    ),
    planned(ROUTES.createTrust, {}, 'creating the trust', trustCreateBody(values, roleId)),
  ];
}
