import { queryOptions } from '@tanstack/react-query';
import { ROUTES } from '../../../shared/api/routes';
import type { Session } from '../../../shared/schemas/session';
import { ApiError, callApi } from '../../lib/api-client';
import { loadAllPages } from '../../lib/load-all-pages';
import { mapLimited } from '../../lib/map-limited';
import { mergeRoleSessions, sessionSourcesOf, usersToAsk } from './role-sessions';
import type { RoleSessions } from './role-sessions';

const ROOT = ['sessions'] as const;
const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/**
 * Whether the upstream lists a role's sessions in one call (`GET /assumed-roles?role_id=`, the
 * emulator's addition [E]). Learned on first use: a 404 means it does not, and the role's
 * sessions are gathered from the users' lists from then on.
 */
let roleListing: 'untried' | 'answers' | 'absent' = 'untried';

/** The member ids of a group (a group gone since the trust was made has none). */
async function memberIds(groupId: string, signal: AbortSignal): Promise<string[]> {
  try {
    const { group } = await callApi(ROUTES.readGroup, { params: { groupId }, signal });
    return group.members.map((m) => m.id);
  } catch (error) {
    if (notFound(error)) return [];
    throw error;
  }
}

/** A user's active sessions (a user deleted since the trust was made has none). */
async function sessionsOfUser(userId: string, signal: AbortSignal): Promise<Session[]> {
  try {
    return await loadAllPages(ROUTES.listUserSessions, (p) => p.sessions, signal, { userId });
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
      const sessions = await loadAllPages(
        ROUTES.listRoleSessions,
        (p) => p.sessions,
        signal,
        {},
        {
          role_id: roleId,
        },
      );
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
  const trusts = await loadAllPages(ROUTES.listTrustsByRole, (p) => p.role_trusts, signal, {
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
 * Every query about assumed-role sessions: a user's and a role's. No key holds a credential:
 * secrets never enter the query cache, whose keys are plain data. Terminating a session marks
 * this whole root stale, so the Sessions page and the role page agree.
 */
export const sessionQueries = {
  root: () => ROOT,
  ofUser: (userId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'of-user', userId] as const,
      queryFn: ({ signal }) =>
        loadAllPages(ROUTES.listUserSessions, (p) => p.sessions, signal, { userId }),
      refetchInterval: 30_000,
    }),
  ofRole: (roleId: string) =>
    queryOptions({
      queryKey: [...ROOT, 'of-role', roleId] as const,
      queryFn: ({ signal }) => roleSessions(roleId, signal),
    }),
};
