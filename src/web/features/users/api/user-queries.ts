import { queryOptions } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';

const ROOT = ['users'] as const;

/**
 * The users feature's query keys. A user's own views (groups, roles, policies) hang under
 * its detail key, so removing the user takes them along. They are read fresh on each visit
 * (staleTime 0, cached data still shows at once): other pages change memberships and roles.
 */
export const userQueries = {
  root: () => ROOT,
  all: () =>
    queryOptions({
      queryKey: [...ROOT, 'all'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listUsers, (page) => page.users, signal),
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.readUser, { params: { userId: id }, signal })).user,
    }),
  groups: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(id).queryKey, 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPages(API.userGroups, (page) => page.groups, signal, { userId: id }),
      staleTime: 0,
    }),
  /** `{all, direct, inherited}`; `split: false` when the API sent one flat list. */
  roles: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(id).queryKey, 'roles'] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.userRoles, { params: { userId: id }, signal })).roles,
      staleTime: 0,
    }),
  policies: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(id).queryKey, 'policies'] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.userPolicies, { params: { userId: id }, signal })).policies,
      staleTime: 0,
    }),
};
