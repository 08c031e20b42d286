import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';

/** The API's largest page: the fewest round trips to hold every role in memory. */
export const ROLES_PER_PAGE = 500;

const ROOT = ['roles'] as const;

function rolesPage(cursor: string, signal: AbortSignal) {
  return callApi(API.listRoles, {
    query: { per_page: String(ROLES_PER_PAGE), cursor: cursor || undefined },
    signal,
  });
}

export const roleQueries = {
  root: () => ROOT,
  /**
   * Every role of the organization, one page of 500 after another (the API has no name filter,
   * live Vultr neither): the list filters and paginates in memory. `useAllRoles` keeps fetching
   * the next page, so the first 500 show at once.
   */
  all: () =>
    infiniteQueryOptions({
      queryKey: [...ROOT, 'all'] as const,
      queryFn: ({ pageParam, signal }) => rolesPage(pageParam, signal),
      initialPageParam: '',
      getNextPageParam: (last) => last.meta.links.next || undefined,
      staleTime: 30_000,
    }),
  details: () => [...roleQueries.root(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...roleQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.readRole, { params: { roleId: id }, signal })).role,
    }),
};

/** The policies a new role may get, for the Permission Policies picker. */
export const policyChoiceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['policies', 'choices'] as const,
      // Follows the cursor too: an organization may hold more than one page of policies.
      queryFn: ({ signal }) => loadAllPages(API.listPolicies, (p) => p.policies, signal),
      staleTime: 60_000,
    }),
};
