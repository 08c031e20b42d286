import { queryOptions } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callApi } from '../../../lib/api-client';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { loadAllPages } from '../../../lib/load-all-pages';
import { withRoleIds } from '../../../lib/trust-names';

const ROOT = ['oidc-issuers'] as const;

export const issuerQueries = {
  root: () => ROOT,
  /** Every issuer of the organization, in the API's (creation) order. */
  list: () =>
    queryOptions({
      queryKey: [...ROOT, 'list'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listIssuers, (page) => page.issuers, signal),
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...issuerQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.readIssuer, { params: { issuerId: id }, signal })).issuer,
    }),
  /** The keys the API holds for the issuer: the registered key, or the discovered JWKS. */
  jwks: (id: string) =>
    queryOptions({
      queryKey: [...issuerQueries.details(), id, 'jwks'] as const,
      queryFn: ({ signal }) => callApi(API.issuerJwks, { params: { issuerId: id }, signal }),
    }),
  /**
   * Every role trust of the organization: the API cannot filter them by issuer, so the issuer
   * page picks out the ones that name it. Not cached for long: trusts change on role pages.
   */
  roleTrusts: () =>
    queryOptions({
      queryKey: [...ROOT, 'role-trusts'] as const,
      queryFn: async ({ signal }): Promise<RoleTrust[]> => {
        const trusts = await loadAllPages(API.listTrusts, (page) => page.role_trusts, signal);
        if (trusts.every((t) => t.role_id)) return trusts;
        // govultr's trusts name their role only by `role_name`, unique in the organization.
        return withRoleIds(trusts, await loadAllPages(API.listRoles, (page) => page.roles, signal));
      },
    }),
};
