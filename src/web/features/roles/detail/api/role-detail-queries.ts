import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { idSchema, listEnvelope } from '../../../../../shared/schemas/common';
import { groupListSchema } from '../../../../../shared/schemas/group';
import { policyListSchema } from '../../../../../shared/schemas/policy';
import { roleTrustListSchema } from '../../../../../shared/schemas/role-trust';
import { sessionListSchema } from '../../../../../shared/schemas/session';
import { userListSchema } from '../../../../../shared/schemas/user';
import { apiRequest } from '../../../../lib/api-client';
import { roleQueries } from '../../api/role-queries';

/** Enough for any organization the console is meant for; the API's maximum page size. */
const ALL = 'per_page=500';

/**
 * A user or group holding an assignable role (GET /v2/roles/{id}/users|groups). The API calls
 * both "assignments"; only the holder's id matters here, the names come from the directory.
 */
const assignmentSchema = z.object({
  user_id: idSchema.optional(),
  group_id: idSchema.optional(),
  group_name: z.string().optional(),
});
const assignmentListSchema = listEnvelope('assignments', assignmentSchema);

const path = (id: string) => encodeURIComponent(id);

/**
 * Everything the role page reads besides the role itself. A role's own lists hang under
 * roleQueries.detail(id), so removing or invalidating the role takes them along; the
 * organization-wide directories (policies, users, groups) sit beside it under the roles root.
 */
export const roleDetailQueries = {
  /** The roles root key, shared with the Roles table: marks lists stale without knowing their shape. */
  root: () => [roleQueries.details()[0]] as const,
  of: (roleId: string) => roleQueries.detail(roleId).queryKey,

  trusts: (roleId: string) =>
    queryOptions({
      queryKey: [...roleDetailQueries.of(roleId), 'trusts'] as const,
      queryFn: async ({ signal }) =>
        (
          await apiRequest(
            `/api/v2/role-trusts/by-role/${path(roleId)}?${ALL}`,
            roleTrustListSchema,
            {
              signal,
            },
          )
        ).role_trusts,
    }),

  sessions: (roleId: string) =>
    queryOptions({
      queryKey: [...roleDetailQueries.of(roleId), 'sessions'] as const,
      queryFn: async ({ signal }) =>
        (
          await apiRequest(
            `/api/v2/assumed-roles?role_id=${path(roleId)}&${ALL}`,
            sessionListSchema,
            { signal },
          )
        ).sessions,
    }),

  holders: (roleId: string, kind: 'users' | 'groups') =>
    queryOptions({
      queryKey: [...roleDetailQueries.of(roleId), 'holders', kind] as const,
      queryFn: async ({ signal }) => {
        const list = await apiRequest(
          `/api/v2/roles/${path(roleId)}/${kind}?${ALL}`,
          assignmentListSchema,
          { signal },
        );
        return list.assignments
          .map((a) => (kind === 'users' ? a.user_id : a.group_id))
          .filter((id): id is string => id !== undefined);
      },
    }),

  /** Every policy of the organization, to pick one to attach. */
  policyCatalog: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'policies'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`/api/v2/policies?${ALL}`, policyListSchema, { signal })).policies,
      staleTime: 60_000,
    }),

  /** Every user, to name trusted users, session holders and role holders. */
  users: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'users'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`/api/v2/users?${ALL}`, userListSchema, { signal })).users,
      staleTime: 60_000,
    }),

  groups: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'groups'] as const,
      queryFn: async ({ signal }) =>
        (await apiRequest(`/api/v2/groups?${ALL}`, groupListSchema, { signal })).groups,
      staleTime: 60_000,
    }),
};
