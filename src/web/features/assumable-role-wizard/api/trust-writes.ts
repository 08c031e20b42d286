import { ROUTES } from '../../../../shared/api/routes';
import type { Role } from '../../../../shared/schemas/role';
import type { RoleTrust, RoleTrustCreateInput } from '../../../../shared/schemas/role-trust';
import { callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import { plannedRequests } from '../model/requests';
import type { TrustUpdateBody } from '../model/requests';
import { compareTrust } from '../model/trust-verify';
import type { IntendedTrust, TrustDifference } from '../model/trust-verify';
import type { WizardValues } from '../model/wizard-schema';

/**
 * How a trust write ended, as read back: the trust the API stored and every condition that
 * differs from what was sent. When the read-back itself failed, `readError` says why and
 * `trust` is the write's own reply, if it gave one.
 */
export interface Verification {
  trust: RoleTrust | null;
  differences: TrustDifference[];
  readError: Error | null;
}

/** True when the API stored the trust as sent and said so. */
export const verifiedClean = (v: Verification) =>
  v.readError === null && v.trust !== null && v.differences.length === 0;

/**
 * GET /v2/role-trusts/{id} and compares it with what was meant. A reply without `role_id`
 * (govultr's shape) belongs to the role it was written for.
 */
export async function readBackTrust(
  trustId: string,
  roleId: string,
  intended: IntendedTrust,
  zone: string,
  fallback: RoleTrust | null = null,
): Promise<Verification> {
  try {
    const { role_trust: read } = await callApi(ROUTES.readTrust, { params: { trustId } });
    const trust = read.role_id ? read : { ...read, role_id: roleId };
    return { trust, differences: compareTrust(intended, trust, { zone }), readError: null };
  } catch (error) {
    return { trust: fallback, differences: [], readError: error as Error };
  }
}

/**
 * PUT /v2/role-trusts/{id}, then reads the trust back. The reply may be the trust, wrapped or
 * not, or an empty body (read as null): either way the read-back is what counts.
 */
export async function updateTrust(
  trust: RoleTrust,
  body: TrustUpdateBody,
  intended: IntendedTrust,
  zone: string,
): Promise<Verification> {
  const reply = await callApi(ROUTES.updateTrust, { params: { trustId: trust.id }, body });
  const fallback = reply ? { ...reply, role_id: reply.role_id || trust.role_id } : null;
  return readBackTrust(trust.id, trust.role_id, intended, zone, fallback);
}

/**
 * POST /v2/role-trusts for a role that exists already (Role Trust → Add trust), then reads the
 * new trust back and compares it with what was meant, as Add Role does for its trust.
 */
export async function addTrust(
  body: RoleTrustCreateInput,
  intended: IntendedTrust,
  zone: string,
): Promise<Verification> {
  const roleId = body.role_id;
  const reply = await callApi(ROUTES.createTrust, { body });
  let trustId: string;
  try {
    trustId = await createdTrustId(reply, roleId);
  } catch (error) {
    return { trust: null, differences: [], readError: error as Error };
  }
  const fallback = reply ? { ...reply, role_id: reply.role_id || roleId } : null;
  return readBackTrust(trustId, roleId, intended, zone, fallback);
}

/** DELETE /v2/role-trusts/{id}. */
export async function deleteTrust(trustId: string): Promise<void> {
  await callApi(ROUTES.deleteTrust, { params: { trustId } });
}

/** Which request of Add Role failed, why, and how the clean-up ended. */
export class CreateStepFailure extends Error {
  override name = 'CreateStepFailure';
  constructor(
    /** 1-based position of the failed request, of `total`. */
    readonly step: number,
    readonly total: number,
    /** "creating the trust". */
    readonly what: string,
    /** The API's own error. */
    readonly reason: Error,
    /** The role this attempt made and could not delete again; null when nothing stays behind. */
    readonly leftBehind: Role | null,
  ) {
    super(`Step ${step} of ${total}, ${what}, failed: ${reason.message}`);
  }
}

/** A role Add Role made, and how its trust reads back. */
export interface CreatedAssumableRole {
  role: Role;
  verification: Verification;
}

/**
 * The id of the trust just created: from the create reply, or — when the API answered with an
 * empty body — the newest trust of the role (lists are in creation order).
 */
async function createdTrustId(reply: RoleTrust | null, roleId: string): Promise<string> {
  if (reply?.id) return reply.id;
  const trusts = await loadAllPages(
    ROUTES.listTrustsByRole,
    (page) => page.role_trusts,
    new AbortController().signal,
    { roleId },
  );
  const newest = trusts.at(-1);
  if (!newest) throw new Error('The API answered without the trust, and the role lists none');
  return newest.id;
}

/**
 * Sends the requests the Review showed: the role, its policies, its trust. If one fails after
 * the role exists, the role is deleted again (its attachments go with it), so an attempt either
 * completes or leaves nothing; if even that delete fails, the error names the role left behind.
 * Then reads the trust back and compares it with what was sent.
 */
export async function createAssumableRole(
  values: WizardValues,
  policyNames: ReadonlyMap<string, string>,
  intended: IntendedTrust,
  zone: string,
): Promise<CreatedAssumableRole> {
  const [first] = plannedRequests(values, policyNames);
  const total = values.policy_ids.length + 2;
  let role: Role;
  try {
    role = await callApi(ROUTES.createRole, { body: first!.body });
  } catch (error) {
    throw new CreateStepFailure(1, total, first!.what, error as Error, null);
  }
  const rest = plannedRequests(values, policyNames, role.id).slice(1);
  let trustReply: RoleTrust | null = null;
  for (const [index, request] of rest.entries()) {
    try {
      if (request.route === ROUTES.createTrust) {
        trustReply = await callApi(ROUTES.createTrust, { body: request.body });
      } else {
        await callApi(request.route, { params: request.params, body: request.body });
      }
    } catch (error) {
      let leftBehind: Role | null = null;
      try {
        await callApi(ROUTES.deleteRole, { params: { roleId: role.id } });
      } catch {
        leftBehind = role;
      }
      throw new CreateStepFailure(index + 2, total, request.what, error as Error, leftBehind);
    }
  }
  let trustId: string;
  try {
    trustId = await createdTrustId(trustReply, role.id);
  } catch (error) {
    return { role, verification: { trust: null, differences: [], readError: error as Error } };
  }
  const fallback = trustReply ? { ...trustReply, role_id: trustReply.role_id || role.id } : null;
  const verification = await readBackTrust(trustId, role.id, intended, zone, fallback);
  return { role, verification };
}

/**
 * Takes back what Add Role made when its trust did not come out as meant: the trust, then the
 * role (with its attachments).
 */
export async function discardCreated(role: Role, trust: RoleTrust | null): Promise<void> {
  if (trust) await deleteTrust(trust.id);
  await callApi(ROUTES.deleteRole, { params: { roleId: role.id } });
}
