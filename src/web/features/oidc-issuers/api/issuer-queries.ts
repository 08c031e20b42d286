import { queryOptions } from '@tanstack/react-query';
import {
  jwksSchema,
  oidcIssuerListSchema,
  oidcIssuerReadSchema,
} from '../../../../shared/schemas/oidc-issuer';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { roleTrustListSchema } from '../../../../shared/schemas/role-trust';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { apiRequest } from '../../../lib/api-client';

/** The API's largest page: the fewest round trips to hold a whole collection. */
const PER_PAGE = '500';

/** Follows `meta.links.next` until the last page, so an organization of any size is complete. */
async function everyPage<T>(
  path: string,
  readPage: (url: string) => Promise<{ items: T[]; next: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor = '';
  do {
    const search = new URLSearchParams({ per_page: PER_PAGE });
    if (cursor) search.set('cursor', cursor);
    const page = await readPage(`${path}?${search}`);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

export const issuerPath = (id: string) => `/api/v2/oidc/issuer/${encodeURIComponent(id)}`;

const ROOT = ['oidc-issuers'] as const;

export const issuerQueries = {
  root: () => ROOT,
  /** Every issuer of the organization, in the API's (creation) order. */
  list: () =>
    queryOptions({
      queryKey: [...ROOT, 'list'] as const,
      queryFn: ({ signal }): Promise<OidcIssuer[]> =>
        everyPage('/api/v2/oidc/issuer', async (url) => {
          const page = await apiRequest(url, oidcIssuerListSchema, { signal });
          return { items: page.issuers, next: page.meta.links.next };
        }),
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...issuerQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(issuerPath(id), oidcIssuerReadSchema, { signal })).issuer,
    }),
  /** The keys the emulator holds for the issuer: the registered key, or the discovered JWKS. */
  jwks: (id: string) =>
    queryOptions({
      queryKey: [...issuerQueries.details(), id, 'jwks'] as const,
      queryFn: ({ signal }) => apiRequest(`${issuerPath(id)}/jwks`, jwksSchema, { signal }),
    }),
  /**
   * Every role trust of the organization: the API cannot filter them by issuer, so the issuer
   * page picks out the ones that name it. Not cached for long: trusts change on role pages.
   */
  roleTrusts: () =>
    queryOptions({
      queryKey: [...ROOT, 'role-trusts'] as const,
      queryFn: ({ signal }): Promise<RoleTrust[]> =>
        everyPage('/api/v2/role-trusts', async (url) => {
          const page = await apiRequest(url, roleTrustListSchema, { signal });
          return { items: page.role_trusts, next: page.meta.links.next };
        }),
    }),
};
