import { queryOptions } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';

const ROOT = ['groups'] as const;

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
      queryFn: ({ signal }) => loadAllPages(API.listGroups, (page) => page.groups, signal),
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.readGroup, { params: { groupId: id }, signal })).group,
    }),
  /** The roles the group holds (groups do not nest: all of them direct). */
  roles: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.detail(id).queryKey, 'roles'] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.groupRoles, { params: { groupId: id }, signal })).roles.all,
    }),
  /** Read fresh on each visit: policies change on other pages (roles, policies). */
  policies: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.detail(id).queryKey, 'policies'] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.groupPolicies, { params: { groupId: id }, signal })).policies,
      staleTime: 0,
    }),
  /** Every user of the organization, to pick members from. */
  users: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'users'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listUsers, (page) => page.users, signal),
    }),
  /** The roles a group may hold: only assignable ones are given to groups. */
  assignableRoles: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'assignable-roles'] as const,
      queryFn: async ({ signal }) => {
        const roles = await loadAllPages(API.listRoles, (page) => page.roles, signal);
        return roles.filter((r) => r.role_type === 'assignable');
      },
    }),
};
