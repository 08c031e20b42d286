import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { ROUTES } from '../../../shared/api/routes';
import { callApi } from '../../lib/api-client';
import { listPage, loadAllPages, nextCursor } from '../../lib/load-all-pages';

const ROOT = ['roles'] as const;

/**
 * Every query about roles. The one list of the organization's roles is paged into a single
 * query, 500 roles a page (the API has no name filter, live Vultr neither): the Roles tab shows
 * the first page at once while the rest stream in (`useRolePages`); pickers wait for the whole
 * list (`useRoleList`). A role's holders hang under its detail key.
 */
export const roleQueries = {
  root: () => ROOT,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...ROOT, 'list'] as const,
      queryFn: ({ pageParam, signal }) => listPage(ROUTES.listRoles, pageParam, signal),
      initialPageParam: '',
      getNextPageParam: (last) => nextCursor(last) || undefined,
      staleTime: 30_000,
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...roleQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await callApi(ROUTES.readRole, { params: { roleId: id }, signal })).role,
    }),
  /** The ids of the users (or groups) an assignable role is given to. */
  holders: (roleId: string, kind: 'users' | 'groups') =>
    queryOptions({
      queryKey: [...roleQueries.detail(roleId).queryKey, 'holders', kind] as const,
      queryFn: async ({ signal }) => {
        const route = kind === 'users' ? ROUTES.listRoleUsers : ROUTES.listRoleGroups;
        const assignments = await loadAllPages(route, (p) => p.assignments, signal, { roleId });
        return assignments
          .map((a) => (kind === 'users' ? a.user_id : a.group_id))
          .filter((id) => id !== '');
      },
    }),
};
