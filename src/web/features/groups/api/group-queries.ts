import { queryOptions } from '@tanstack/react-query';
import {
  groupListSchema,
  groupPoliciesSchema,
  groupReadSchema,
  groupRolesSchema,
} from '../../../../shared/schemas/group';
import { roleListSchema } from '../../../../shared/schemas/role';
import { userListSchema } from '../../../../shared/schemas/user';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPagesByPath } from '../../../lib/load-all-pages';

const ROOT = ['groups'] as const;
export const groupPath = (id: string) => `/api/v2/groups/${encodeURIComponent(id)}`;

/**
 * The groups feature's query keys. A group's roles and policies hang under its detail key, so
 * removing the group takes them along. The users and assignable roles to pick from sit in a
 * directory beside them.
 */
export const groupQueries = {
  root: () => ROOT,
  all: () =>
    queryOptions({
      queryKey: [...ROOT, 'all'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath(`/api/v2/groups`, groupListSchema, (page) => page.groups, signal),
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(groupPath(id), groupReadSchema, { signal })).group,
    }),
  /** The roles the group holds (groups do not nest: all of them direct). */
  roles: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.detail(id).queryKey, 'roles'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`${groupPath(id)}/roles`, groupRolesSchema, { signal })).roles.all,
    }),
  /** Read fresh on each visit: policies change on other pages (roles, policies). */
  policies: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.detail(id).queryKey, 'policies'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`${groupPath(id)}/policies`, groupPoliciesSchema, { signal })).policies,
      staleTime: 0,
    }),
  /** Every user of the organization, to pick members from. */
  users: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'users'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath(`/api/v2/users`, userListSchema, (page) => page.users, signal),
    }),
  /** The roles a group may hold: only assignable ones are given to groups. */
  assignableRoles: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'assignable-roles'] as const,
      queryFn: async ({ signal }) => {
        const roles = await loadAllPagesByPath(
          `/api/v2/roles`,
          roleListSchema,
          (page) => page.roles,
          signal,
        );
        return roles.filter((r) => r.role_type === 'assignable');
      },
    }),
};
