import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { callAsUsersSchema, clientAddressSchema } from '../../../../shared/schemas/console-api';
import { groupListSchema } from '../../../../shared/schemas/group';
import { oidcIssuerListSchema } from '../../../../shared/schemas/oidc-issuer';
import { roleListSchema, roleSchema } from '../../../../shared/schemas/role';
import { roleTrustListSchema, roleTrustSchema } from '../../../../shared/schemas/role-trust';
import { sessionListSchema } from '../../../../shared/schemas/session';
import { userListSchema } from '../../../../shared/schemas/user';
import { listMetaSchema } from '../../../../shared/schemas/common';
import { apiRequest } from '../../../lib/api-client';
import { loadAllPagesByPath } from '../../../lib/load-all-pages';

const ROOT = ['sessions'] as const;
const path = (id: string) => encodeURIComponent(id);

/**
 * GET /role-trusts/assumable/{user}: trusts under `assumable_roles`, or (some replies, spec §8)
 * role objects under `roles`. Either way the page wants the role ids.
 */
const assumableReplySchema = z.object({
  assumable_roles: z.array(roleTrustSchema).optional(),
  roles: z.array(roleSchema.pick({ id: true })).optional(),
  meta: listMetaSchema,
});

/**
 * Everything the session panel reads. No key holds a credential: secrets never enter the query
 * cache, whose keys are plain data.
 */
export const sessionQueries = {
  root: () => ROOT,

  roles: () =>
    queryOptions({
      queryKey: [...ROOT, 'roles'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/roles', roleListSchema, (p) => p.roles, signal),
      staleTime: 30_000,
    }),

  /** Ids of the roles a user may assume (a trust names them directly or through a group). */
  assumableRoleIds: (userId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'assumable', userId] as const,
      queryFn: async ({ signal }) => {
        const ids = await loadAllPagesByPath(
          `/api/v2/role-trusts/assumable/${path(userId)}`,
          assumableReplySchema,
          (p) => [
            ...(p.assumable_roles ?? []).map((t) => t.role_id),
            ...(p.roles ?? []).map((r) => r.id),
          ],
          signal,
        );
        return [...new Set(ids)];
      },
      staleTime: 30_000,
    }),

  /** Every trust of the organization (why denied, what-if). Fresh on each look: trusts change. */
  trusts: () =>
    queryOptions({
      queryKey: [...ROOT, 'trusts'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/role-trusts', roleTrustListSchema, (p) => p.role_trusts, signal),
    }),

  users: () =>
    queryOptions({
      queryKey: [...ROOT, 'users'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/users', userListSchema, (p) => p.users, signal),
      staleTime: 60_000,
    }),

  groups: () =>
    queryOptions({
      queryKey: [...ROOT, 'groups'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/groups', groupListSchema, (p) => p.groups, signal),
      staleTime: 60_000,
    }),

  /** The ids of the groups a user belongs to: the evaluator's view of a user. */
  groupIdsOf: (userId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'groups-of', userId] as const,
      queryFn: async ({ signal }) =>
        (
          await loadAllPagesByPath(
            `/api/v2/users/${path(userId)}/groups`,
            groupListSchema,
            (p) => p.groups,
            signal,
          )
        ).map((g) => g.id),
      staleTime: 30_000,
    }),

  issuers: () =>
    queryOptions({
      queryKey: [...ROOT, 'issuers'] as const,
      queryFn: ({ signal }) =>
        loadAllPagesByPath('/api/v2/oidc/issuer', oidcIssuerListSchema, (p) => p.issuers, signal),
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
        loadAllPagesByPath(
          `/api/v2/assumed-roles/users/${path(userId)}/sessions`,
          sessionListSchema,
          (p) => p.sessions,
          signal,
        ),
      refetchInterval: 30_000,
    }),
};
