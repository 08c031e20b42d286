import { ROUTES } from '../../../../../shared/api/routes';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { loadAllPages } from '../../../../lib/load-all-pages';
import { mapLimited } from '../../../../lib/map-limited';
import { accessReview } from '../model/access-review';
import type { AccessReviewRow, Person } from '../model/access-review';

/** Requests in flight at once while reading each role's trusts and each group's members. */
const CONCURRENCY = 6;

/**
 * Reads what an access review needs, fresh (an auditor wants the state of now, not a cache):
 * every role, each assumable role's trusts, the users, the groups, the members of each trusted
 * group and the OIDC issuers — only [V] routes, so the review is the same against live Vultr.
 */
export async function loadAccessReview(
  signal: AbortSignal,
  now = new Date(),
): Promise<AccessReviewRow[]> {
  const [roles, users, groups, issuers] = await Promise.all([
    loadAllPages(ROUTES.listRoles, (p) => p.roles, signal),
    loadAllPages(ROUTES.listUsers, (p) => p.users, signal),
    loadAllPages(ROUTES.listGroups, (p) => p.groups, signal),
    loadAllPages(ROUTES.listIssuers, (p) => p.issuers, signal),
  ]);
  const assumable = roles.filter((r) => r.role_type === 'assumable');
  const trustLists = await mapLimited(assumable, CONCURRENCY, (role) =>
    loadAllPages(ROUTES.listTrustsByRole, (p) => p.role_trusts, signal, { roleId: role.id }),
  );
  const trusts = new Map<string, RoleTrust[]>(assumable.map((r, i) => [r.id, trustLists[i] ?? []]));
  const trustedGroups = [
    ...new Set(
      [...trusts.values()]
        .flat()
        .map((t) => t.trusted_group_id)
        .filter((id) => id !== ''),
    ),
  ];
  const memberLists = await mapLimited(trustedGroups, CONCURRENCY, (groupId) =>
    loadAllPages(ROUTES.listGroupMembers, (p) => p.members, signal, { groupId }),
  );
  const members = new Map<string, Person[]>(
    trustedGroups.map((id, i) => [
      id,
      (memberLists[i] ?? []).map((m) => ({ id: m.id, name: m.name, email: m.email })),
    ]),
  );
  return accessReview({ roles, trusts, users, groups, members, issuers, now });
}
