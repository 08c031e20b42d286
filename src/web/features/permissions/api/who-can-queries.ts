import { queryOptions } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import { issuerLabel } from '../../../lib/issuer-label';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { ApiError } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import { PERMISSIONS_QUERY_ROOT } from '../../../lib/query-client';
import { mapLimited } from '../../../lib/map-limited';

export interface AssumableTrusts {
  /** Role id → its trusts. */
  byRole: Map<string, RoleTrust[]>;
  /** The organization's OIDC issuers, to name the ones trusts name. */
  issuers: { id: string; name: string }[];
}

const gone = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 405);

/** The trusts of the given assumable roles, a few roles at a time, and the issuer names. */
async function loadAssumableTrusts(
  roleIds: readonly string[],
  signal: AbortSignal,
): Promise<AssumableTrusts> {
  const [lists, issuers] = await Promise.all([
    mapLimited(roleIds, 6, async (roleId) => {
      try {
        return await loadAllPages(ROUTES.listTrustsByRole, (p) => p.role_trusts, signal, {
          roleId,
        });
      } catch (error) {
        if (gone(error)) return [];
        throw error;
      }
    }),
    // Names only: without them a trust's issuer shows as its id.
    loadAllPages(ROUTES.listIssuers, (p) => p.issuers, signal).catch(() => []),
  ]);
  return {
    byRole: new Map(roleIds.map((id, i) => [id, lists[i] ?? []])),
    issuers: issuers.map((i) => ({ id: i.id, name: issuerLabel(i) })),
  };
}

export const whoCanQueries = {
  /** Trusts change often and are read fresh on each look (they decide who may assume now). */
  assumableTrusts: (roleIds: readonly string[]) =>
    queryOptions({
      queryKey: [...PERMISSIONS_QUERY_ROOT, 'assumable-trusts', [...roleIds].sort()] as const,
      queryFn: ({ signal }) => loadAssumableTrusts(roleIds, signal),
    }),
};
