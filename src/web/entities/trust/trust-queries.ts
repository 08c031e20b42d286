import { queryOptions } from '@tanstack/react-query';
import { ROUTES } from '../../../shared/api/routes';
import type { RoleTrust } from '../../../shared/schemas/role-trust';
import { loadAllPages } from '../../lib/load-all-pages';
import { withRoleIds } from '../../lib/trust-names';

const ROOT = ['trusts'] as const;

/** Every role (its id and name): govultr's trusts name their role only by `role_name`. */
const allRoles = (signal: AbortSignal) => loadAllPages(ROUTES.listRoles, (p) => p.roles, signal);

/**
 * Every query about role trusts: a role's trusts, the whole organization's (each with its
 * `role_id`, found by the role's name where the upstream sends only that) and the ones a user
 * may assume. Trusts change on role pages and in the wizard, and decide who may assume what:
 * every trust write marks this whole root stale.
 */
export const trustQueries = {
  root: () => ROOT,
  ofRole: (roleId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'of-role', roleId] as const,
      queryFn: ({ signal }) =>
        loadAllPages(ROUTES.listTrustsByRole, (p) => p.role_trusts, signal, { roleId }),
    }),
  all: () =>
    queryOptions({
      queryKey: [...ROOT, 'all'] as const,
      queryFn: async ({ signal }): Promise<RoleTrust[]> => {
        const trusts = await loadAllPages(ROUTES.listTrusts, (p) => p.role_trusts, signal);
        if (trusts.every((t) => t.role_id)) return trusts;
        return withRoleIds(trusts, await allRoles(signal));
      },
    }),
  /**
   * Ids of the roles a user may assume (a trust names them directly or through a group). The
   * reply holds trusts (found by `role_id`, else by `role_name`) or, in some replies, roles.
   */
  assumableBy: (userId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'assumable-by', userId] as const,
      queryFn: async ({ signal }) => {
        const [replies, roles] = await Promise.all([
          loadAllPages(ROUTES.listAssumable, (p) => [p], signal, { userId }),
          allRoles(signal),
        ]);
        const trusts = withRoleIds(
          replies.flatMap((r) => r.assumable_roles),
          roles,
        );
        const ids = [
          ...trusts.map((t) => t.role_id),
          ...replies.flatMap((r) => (r.roles ?? []).map((role) => role.id)),
        ];
        return [...new Set(ids.filter((id) => id !== ''))];
      },
      staleTime: 30_000,
    }),
};
