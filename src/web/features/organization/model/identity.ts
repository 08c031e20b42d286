import type { UserSummary } from '../../../../shared/schemas/person';

/**
 * Whose key the console is using. Vultr's plain `GET /users/me` is an emulator addition ([E]);
 * Vultr itself only shows the caller's own views (`/users/me/groups|roles|policies`). From those
 * the caller can sometimes be worked out: the caller belongs to every group `/users/me/groups`
 * lists, so a user who is the only member common to all of them is the caller.
 */

/** A user as the identity names them: id, name, email. */
export type Person = UserSummary;

export interface GroupMembers {
  id: string;
  members: readonly Person[];
}

export type Identity =
  | {
      known: true;
      user: Person;
      /** `me`: the upstream said so; `groups`: worked out from the caller's groups. */
      via: 'me' | 'groups';
    }
  | { known: false };

export const UNKNOWN: Identity = { known: false };

/**
 * The only user every one of the caller's groups has as a member, or null when there is not
 * exactly one. A group listed without members says nothing and is left out.
 */
export function commonMember(groups: readonly GroupMembers[]): Person | null {
  const told = groups.filter((g) => g.members.length > 0);
  if (told.length === 0) return null;
  let candidates = new Map(told[0]!.members.map((m) => [m.id, m]));
  for (const group of told.slice(1)) {
    const ids = new Set(group.members.map((m) => m.id));
    candidates = new Map([...candidates].filter(([id]) => ids.has(id)));
    if (candidates.size === 0) return null;
  }
  return candidates.size === 1 ? [...candidates.values()][0]! : null;
}

/**
 * The caller, from the groups it belongs to (members filled in) and the users list (for the
 * best name and email; the group's member record when the list does not hold the user).
 */
export function identifyCaller(
  groups: readonly GroupMembers[],
  users: readonly Person[],
): Identity {
  const member = commonMember(groups);
  if (!member) return UNKNOWN;
  const listed = users.find((u) => u.id === member.id);
  const user: Person = {
    id: member.id,
    name: listed?.name || member.name || listed?.email || member.email || member.id,
    email: listed?.email || member.email,
  };
  return { known: true, user, via: 'groups' };
}

/** Which key is in use, in words: the console server's, or the person's own. */
export const keyInUse = (ownKey: boolean) => (ownKey ? 'your key' : "the console server's key");

export interface IdentityWords {
  /** For the top bar: the name, or the key when the name is not known. */
  label: string;
  /** The menu's heading. */
  title: string;
  /** The line under it: the email, or why there is no name. */
  detail: string;
}

/** How the top bar names the caller. */
export function describeIdentity(identity: Identity, ownKey: boolean): IdentityWords {
  if (identity.known) {
    return {
      label: ownKey ? `${identity.user.name} (your key)` : identity.user.name,
      title: identity.user.name,
      detail: identity.user.email,
    };
  }
  const key = keyInUse(ownKey);
  return {
    label: key,
    title: key.charAt(0).toUpperCase() + key.slice(1),
    detail: 'Vultr does not say whose key this is, and it could not be worked out from its groups.',
  };
}
