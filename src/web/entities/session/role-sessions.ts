import type { RoleTrust } from '../../../shared/schemas/role-trust';
import type { Session } from '../../../shared/schemas/session';

/**
 * Vultr lists sessions per user only (`/assumed-roles/users/{id}/sessions`). A role's sessions are
 * gathered from the users its trusts name directly and from the members of the groups they name;
 * sessions started with a web identity token belong to no platform user and cannot be found so.
 */
export interface SessionSources {
  /** Users named by a trust, in trust order. */
  userIds: string[];
  /** Groups named by a trust, whose members are asked too. */
  groupIds: string[];
  /** A trust names an OIDC issuer: its sessions are not in any user's list. */
  hasOidcTrust: boolean;
}

export function sessionSourcesOf(trusts: readonly RoleTrust[]): SessionSources {
  const userIds = new Set<string>();
  const groupIds = new Set<string>();
  let hasOidcTrust = false;
  for (const t of trusts) {
    if (t.trusted_user_id) userIds.add(t.trusted_user_id);
    else if (t.trusted_group_id) groupIds.add(t.trusted_group_id);
    else if (t.trusted_oidc_issuer_id) hasOidcTrust = true;
  }
  return { userIds: [...userIds], groupIds: [...groupIds], hasOidcTrust };
}

/** Every user whose sessions are asked for: those named directly, then the groups' members. */
export function usersToAsk(
  sources: Pick<SessionSources, 'userIds' | 'groupIds'>,
  membersOf: ReadonlyMap<string, readonly string[]>,
): string[] {
  const all = new Set(sources.userIds);
  for (const groupId of sources.groupIds) {
    for (const userId of membersOf.get(groupId) ?? []) all.add(userId);
  }
  return [...all];
}

/**
 * One list from several: the sessions of `roleId` only, each once (by token), oldest first as
 * the API orders them.
 */
export function mergeRoleSessions(
  roleId: string,
  lists: readonly (readonly Session[])[],
): Session[] {
  const byToken = new Map<string, Session>();
  for (const list of lists) {
    for (const s of list) {
      if (s.role_id !== roleId) continue;
      const key = s.session_token || s.id;
      if (!byToken.has(key)) byToken.set(key, s);
    }
  }
  return [...byToken.values()].sort(
    (a, b) =>
      Date.parse(a.assumed_at || a.expires_at) - Date.parse(b.assumed_at || b.expires_at) ||
      a.session_token.localeCompare(b.session_token),
  );
}

/** A role's active sessions, and how completely they could be listed. */
export interface RoleSessions {
  sessions: Session[];
  /** `role`: one list for the role (the emulator's); `users`: gathered from the users' lists. */
  listedBy: 'role' | 'users';
  /** Gathered from users' lists while a trust names an OIDC issuer: web identity sessions are missing. */
  missesWebIdentity: boolean;
}
