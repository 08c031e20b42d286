import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { groupListSchema } from '../../../../shared/schemas/group';
import {
  policyGroupListSchema,
  policyListSchema,
  policyReadSchema,
  policySchema,
  policyUserListSchema,
} from '../../../../shared/schemas/policy';
import { roleListSchema } from '../../../../shared/schemas/role';
import { userListSchema } from '../../../../shared/schemas/user';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPagesByPath } from '../../../lib/load-all-pages';

/** Create, update and restore answer with the policy unwrapped; live Vultr may wrap it (spec §8). */
export const policyReplySchema = z.union([
  policySchema,
  policyReadSchema.transform((r) => r.policy),
]);

/** Replies whose body the console does not read (204s, attachment records). */
export const ignoredReplySchema = z.unknown();

export const policyPath = (id: string) => `/api/v2/policies/${encodeURIComponent(id)}`;

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
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/policies', policyListSchema, (p) => p.policies, signal),
      staleTime: 30_000,
    }),
  details: () => [...ROOT, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(policyPath(id), policyReadSchema, { signal })).policy,
    }),
  users: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.detail(id).queryKey, 'users'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath(`${policyPath(id)}/users`, policyUserListSchema, (p) => p.users, signal),
    }),
  groups: (id: string) =>
    queryOptions({
      queryKey: [...policyQueries.detail(id).queryKey, 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath(`${policyPath(id)}/groups`, policyGroupListSchema, (p) => p.groups, signal),
    }),
  /** Every role: the API cannot list the roles that include a policy, so the page filters them. */
  roles: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'roles'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/roles', roleListSchema, (p) => p.roles, signal),
      staleTime: 30_000,
    }),
  /** Every user and group, to pick one to attach. */
  directoryUsers: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'users'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/users', userListSchema, (p) => p.users, signal),
      staleTime: 60_000,
    }),
  directoryGroups: () =>
    queryOptions({
      queryKey: [...ROOT, 'directory', 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/groups', groupListSchema, (p) => p.groups, signal),
      staleTime: 60_000,
    }),
};
