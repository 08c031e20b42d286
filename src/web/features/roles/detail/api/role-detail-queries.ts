import { queryOptions } from '@tanstack/react-query';
import { API } from '../../../../../shared/api/contract';
import type { Session } from '../../../../../shared/schemas/session';
import { ApiError, callApi } from '../../../../lib/api-client';
import { loadAllPages } from '../../../../lib/load-all-pages';
import { roleQueries } from '../../api/role-queries';
import {
  mapLimited,
  mergeRoleSessions,
  sessionSourcesOf,
  usersToAsk,
} from '../model/role-sessions';
import type { RoleSessions } from '../model/role-sessions';

const PER_PAGE = '500';
const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * Whether the upstream lists a role's sessions in one call (`GET /assumed-roles?role_id=`, the
 * emulator's addition [E]). Learned on first use: a 404 means it does not, and the page gathers
 * the sessions from the users' lists from then on.
 */
let roleListing: 'untried' | 'answers' | 'absent' = 'untried';

/** [E] Every page of the emulator's one-call list of a role's sessions. */
async function listByRole(roleId: string, signal: AbortSignal): Promise<Session[]> {
  const all: Session[] = [];
  const seen = new Set<string>();
  let cursor = '';
  do {
    seen.add(cursor);
    const page = await callApi(API.listRoleSessions, {
      query: { role_id: roleId, per_page: PER_PAGE, cursor: cursor || undefined },
      signal,
    });
    all.push(...page.sessions);
    cursor = page.meta.links.next;
  } while (cursor && !seen.has(cursor));
  return all;
}

/** The member ids of a group (a group gone since the trust was made has none). */
async function memberIds(groupId: string, signal: AbortSignal): Promise<string[]> {
  try {
    const { group } = await callApi(API.readGroup, { params: { groupId }, signal });
    return group.members.map((m) => m.id);
  } catch (error) {
    if (notFound(error)) return [];
    throw error;
  }
}

/** A user's active sessions (a user deleted since the trust was made has none). */
async function sessionsOfUser(userId: string, signal: AbortSignal): Promise<Session[]> {
  try {
    return await loadAllPages(API.listUserSessions, (p) => p.sessions, signal, { userId });
  } catch (error) {
    if (notFound(error)) return [];
    throw error;
  }
}

/**
 * A role's active sessions. Vultr lists sessions per user: they are gathered from the users the
 * role's trusts name and from the members of the groups they name. Where the upstream offers the
 * emulator's one-call list, that is used instead (it also holds web identity sessions).
 */
async function roleSessions(roleId: string, signal: AbortSignal): Promise<RoleSessions> {
  if (roleListing !== 'absent') {
    try {
      const sessions = await listByRole(roleId, signal);
      roleListing = 'answers';
      return {
        sessions: mergeRoleSessions(roleId, [sessions]),
        listedBy: 'role',
        missesWebIdentity: false,
      };
    } catch (error) {
      if (!(error instanceof ApiError) || ![404, 405].includes(error.status)) throw error;
      roleListing = 'absent';
    }
  }
  const trusts = await loadAllPages(API.listTrustsByRole, (p) => p.role_trusts, signal, {
    roleId,
  });
  const sources = sessionSourcesOf(trusts);
  const members = new Map(
    await mapLimited(sources.groupIds, 4, async (id) => [id, await memberIds(id, signal)] as const),
  );
  const lists = await mapLimited(usersToAsk(sources, members), 4, (id) =>
    sessionsOfUser(id, signal),
  );
  return {
    sessions: mergeRoleSessions(roleId, lists),
    listedBy: 'users',
    missesWebIdentity: sources.hasOidcTrust,
  };
}

/**
 * Everything the role page reads besides the role itself. A role's own lists hang under
 * roleQueries.detail(id), so removing or invalidating the role takes them along; the
 * organization-wide directories (policies, users, groups, issuers) sit beside it under the roles
 * root.
 */
export const roleDetailQueries = {
  /** The roles root key, shared with the Roles table: marks lists stale without knowing their shape. */
  root: () => [roleQueries.details()[0]] as const,
  of: (roleId: string) => roleQueries.detail(roleId).queryKey,

  trusts: (roleId: string) =>
    queryOptions({
      queryKey: [...roleDetailQueries.of(roleId), 'trusts'] as const,
      queryFn: ({ signal }) =>
        loadAllPages(API.listTrustsByRole, (p) => p.role_trusts, signal, { roleId }),
    }),

  sessions: (roleId: string) =>
    queryOptions({
      queryKey: [...roleDetailQueries.of(roleId), 'sessions'] as const,
      queryFn: ({ signal }) => roleSessions(roleId, signal),
    }),

  holders: (roleId: string, kind: 'users' | 'groups') =>
    queryOptions({
      queryKey: [...roleDetailQueries.of(roleId), 'holders', kind] as const,
      queryFn: async ({ signal }) => {
        const route = kind === 'users' ? API.listRoleUsers : API.listRoleGroups;
        const assignments = await loadAllPages(route, (p) => p.assignments, signal, { roleId });
        return assignments
          .map((a) => (kind === 'users' ? a.user_id : a.group_id))
          .filter((id) => id !== '');
      },
    }),

  /** Every policy of the organization, to pick one to attach. */
  policyCatalog: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'policies'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listPolicies, (p) => p.policies, signal),
      staleTime: 60_000,
    }),

  /** Every user, to name trusted users, session holders and role holders. */
  users: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'users'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listUsers, (p) => p.users, signal),
      staleTime: 60_000,
    }),

  groups: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'groups'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listGroups, (p) => p.groups, signal),
      staleTime: 60_000,
    }),

  /** Every OIDC issuer, to name the issuers trusts name (Vultr's trusts carry only the id). */
  issuers: () =>
    queryOptions({
      queryKey: [...roleDetailQueries.root(), 'directory', 'issuers'] as const,
      queryFn: ({ signal }) => loadAllPages(API.listIssuers, (p) => p.issuers, signal),
      staleTime: 60_000,
    }),
};
