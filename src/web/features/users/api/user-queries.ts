import { queryOptions } from '@tanstack/react-query';
import { groupListSchema } from '../../../../shared/schemas/group';
import {
  userListSchema,
  userPoliciesSchema,
  userReadSchema,
  userRolesSchema,
} from '../../../../shared/schemas/user';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPagesByPath } from '../../../lib/load-all-pages';

const ROOT = ['users'] as const;
const userPath = (id: string) => `/api/v2/users/${encodeURIComponent(id)}`;

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
      queryFn: ({ signal }) =>
        loadAllPagesByPath(`/api/v2/users`, userListSchema, (page) => page.users, signal),
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(userPath(id), userReadSchema, { signal })).user,
    }),
  groups: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(id).queryKey, 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath(`${userPath(id)}/groups`, groupListSchema, (page) => page.groups, signal),
      staleTime: 0,
    }),
  roles: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(id).queryKey, 'roles'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`${userPath(id)}/roles`, userRolesSchema, { signal })).roles,
      staleTime: 0,
    }),
  policies: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.detail(id).queryKey, 'policies'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`${userPath(id)}/policies`, userPoliciesSchema, { signal })).policies,
      staleTime: 0,
    }),
};
