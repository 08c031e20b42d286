import { queryOptions } from '@tanstack/react-query';
import { API } from '../../../../shared/api/contract';
import { callAsUsersSchema, clientAddressSchema } from '../../../../shared/schemas/console-api';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPages } from '../../../lib/load-all-pages';
import { withRoleIds } from '../../../lib/trust-names';

const ROOT = ['sessions'] as const;

/**
 * Everything the session panel reads. No key holds a credential: secrets never enter the query
 * cache, whose keys are plain data.
 */
export const sessionQueries = {
  root: () => ROOT,

  roles: () =>
    queryOptions({
      queryKey: [...ROOT, 'roles'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listRoles, (p) => p.roles, signal),
      staleTime: 30_000,
    }),

  /**
   * Ids of the roles a user may assume (a trust names them directly or through a group). The
   * reply holds trusts (found by `role_id`, else by `role_name`) or, in some replies, roles.
   */
  assumableRoleIds: (userId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'assumable', userId] as const,
      queryFn: async ({ signal }) => {
        const [replies, roles] = await Promise.all([
          loadAllPages(API.listAssumable, (p) => [p], signal, { userId }),
          loadAllPages(API.listRoles, (p) => p.roles, signal),
        ]);
        const trusts = withRoleIds(
          replies.flatMap((r) => r.assumable_roles),
          roles,
        );
        const ids = [
          ...trusts.map((t) => t.role_id),
          ...replies.flatMap((r) => (r.roles ?? []).map((role) => role.id)),
        ];
        return [...new Set(ids.filter((id) => id !== ''))];
      },
      staleTime: 30_000,
    }),

  /**
   * Every trust of the organization (why denied, what-if), each with its `role_id` (found by the
   * role's name where the upstream sends only that). Fresh on each look: trusts change.
   */
  trusts: () =>
    queryOptions({
      queryKey: [...ROOT, 'trusts'] as const,
      queryFn: async ({ signal }) => {
        const [trusts, roles] = await Promise.all([
          loadAllPages(API.listTrusts, (p) => p.role_trusts, signal),
          loadAllPages(API.listRoles, (p) => p.roles, signal),
        ]);
        return withRoleIds(trusts, roles);
      },
    }),

  users: () =>
    queryOptions({
      queryKey: [...ROOT, 'users'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listUsers, (p) => p.users, signal),
      staleTime: 60_000,
    }),

  groups: () =>
    queryOptions({
      queryKey: [...ROOT, 'groups'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listGroups, (p) => p.groups, signal),
      staleTime: 60_000,
    }),

  /** The ids of the groups a user belongs to: the evaluator's view of a user. */
  groupIdsOf: (userId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'groups-of', userId] as const,
      queryFn: async ({ signal }) =>
        (await loadAllPages(API.userGroups, (p) => p.groups, signal, { userId })).map((g) => g.id),
      staleTime: 30_000,
    }),

  issuers: () =>
    queryOptions({
      queryKey: [...ROOT, 'issuers'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listIssuers, (p) => p.issuers, signal),
      staleTime: 60_000,
    }),

  /** The address the console server sees for this browser (the what-if and why-denied default). */
  clientAddress: () =>
    queryOptions({
      queryKey: [...ROOT, 'client-address'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest('/api/client-address', clientAddressSchema, { signal })).ip,
      staleTime: 5 * 60_000,
    }),

  /** Embedded mode: the seeded users the server holds a key for. */
  callAsUsers: () =>
    queryOptions({
      queryKey: [...ROOT, 'call-as-users'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest('/api/call-as-users', callAsUsersSchema, { signal })).users,
      staleTime: 5 * 60_000,
    }),

  userSessionsRoot: () => [...ROOT, 'user-sessions'] as const,
  /** A user's active sessions. */
  userSessions: (userId: string) =>
    queryOptions({
      queryKey: [...sessionQueries.userSessionsRoot(), userId] as const,
      queryFn: ({ signal }) =>
        loadAllPages(API.listUserSessions, (p) => p.sessions, signal, { userId }),
      refetchInterval: 30_000,
    }),
};
