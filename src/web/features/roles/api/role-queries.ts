import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { policyListSchema } from '../../../../shared/schemas/policy';
import type { Policy } from '../../../../shared/schemas/policy';
import { roleListSchema, roleReadSchema } from '../../../../shared/schemas/role';
import { apiRequest } from '../../../lib/api-client';

/** The API's largest page: the fewest round trips to hold every role in memory. */
export const ROLES_PER_PAGE = 500;

const ROOT = ['roles'] as const;

function rolesPage(cursor: string, signal: AbortSignal) {
  const search = new URLSearchParams({ per_page: String(ROLES_PER_PAGE) });
  if (cursor) search.set('cursor', cursor);
  return apiRequest(`/api/v2/roles?${search}`, roleListSchema, { signal });
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
        (await apiRequest(`/api/v2/roles/${encodeURIComponent(id)}`, roleReadSchema, { signal }))
          .role,
    }),
};

/** The policies a new role may get, for the Permission Policies picker. */
export const policyChoiceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['policies', 'choices'] as const,
      queryFn: async ({ signal }) => {
        const policies: Policy[] = [];
        let cursor = '';
        // Follows the cursor too: an organization may hold more than one page of policies.
        do {
          const search = new URLSearchParams({ per_page: '500' });
          if (cursor) search.set('cursor', cursor);
          const page = await apiRequest(`/api/v2/policies?${search}`, policyListSchema, {
            signal,
          });
          policies.push(...page.policies);
          cursor = page.meta.links.next;
        } while (cursor);
        return policies;
      },
      staleTime: 60_000,
    }),
};
