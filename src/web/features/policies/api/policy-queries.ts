import { queryOptions } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callApi } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';

const ROOT = ['policies'] as const;

/**
 * Every query of the Permission Policies feature. A policy's own lists (users, groups) hang
 * under its detail key, so removing the policy takes them along.
 */
export const policyQueries = {
  /** Shared with other views of policies (the role dialogs' pickers): marks them stale too. */
  root: () => ROOT,
  all: () =>
    queryOptions({
      queryKey: [...ROOT, 'all'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listPolicies, (p) => p.policies, signal),
      staleTime: 30_000,
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await callApi(API.readPolicy, { params: { policyId: id }, signal })).policy,
    }),
  users: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.detail(id).queryKey, 'users'] as const,
      queryFn: ({ signal }) =>
        loadAllPages(API.listPolicyUsers, (p) => p.users, signal, { policyId: id }),
    }),
  groups: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.detail(id).queryKey, 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPages(API.listPolicyGroups, (p) => p.groups, signal, { policyId: id }),
    }),
  /**
   * Every role: the API cannot list the roles that include a policy, so the page filters them
   * by the policies each role lists (full policies or relationship records, read alike).
   */
  roles: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'roles'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listRoles, (p) => p.roles, signal),
      staleTime: 30_000,
    }),
  /** Every user and group, to pick one to attach. */
  directoryUsers: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'users'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listUsers, (p) => p.users, signal),
      staleTime: 60_000,
    }),
  directoryGroups: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'groups'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listGroups, (p) => p.groups, signal),
      staleTime: 60_000,
    }),
};
