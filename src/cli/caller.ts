import { API } from '../shared/api/contract';
import type { Role } from '../shared/schemas/role';
import type { RoleTrust } from '../shared/schemas/role-trust';
import { ApiError } from './http';
import type { VultrApi } from './http';

interface Member {
  id: string;
}
interface GroupMembers {
  id: string;
  members: readonly Member[];
}

/**
 * The one user every group lists as a member, or null. The caller belongs to each group
 * `/users/me/groups` lists, so a single common member is the caller; a group listed without its
 * members says nothing and is left out.
 */
export function commonMember(groups: readonly GroupMembers[]): string | null {
  const told = groups.filter((g) => g.members.length > 0);
  if (told.length === 0) return null;
  let candidates = new Set(told[0]!.members.map((m) => m.id));
  for (const group of told.slice(1)) {
    const ids = new Set(group.members.map((m) => m.id));
    candidates = new Set([...candidates].filter((id) => ids.has(id)));
  }
  return candidates.size === 1 ? [...candidates][0]! : null;
}

/**
 * Whose key this is. `GET /users/me` is the emulator's ([E]) and used when it answers; live Vultr
 * answers 404, and then the caller is worked out from Vultr's own `/users/me/groups` and those
 * groups' members. A 401 is the key itself being refused, reported as such.
 */
export async function callerId(api: VultrApi): Promise<string | null> {
  try {
    return (await api.get(API.readMe)).user.id;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401 || error.status >= 500) throw error;
  }
  const groups = await api.all(API.myGroups, (p) => p.groups);
  const withMembers = await Promise.all(
    groups.map(async (g): Promise<GroupMembers> => {
      if (g.members.length > 0) return g;
      try {
        return (await api.get(API.readGroup, { groupId: g.id })).group;
      } catch {
        return g;
      }
    }),
  );
  return commonMember(withMembers);
}

export interface AssumableRole {
  id: string;
  name: string;
}

/**
 * The assumable roles whose trusts name the user directly or through a group, from
 * `/role-trusts/assumable/{user}`, named and typed from the roles list when the key may read it.
 */
export async function assumableRoles(api: VultrApi, userId: string): Promise<AssumableRole[]> {
  const reply = await api.get(API.listAssumable, { userId });
  let roles: Role[] | null = null;
  try {
    roles = await api.all(API.listRoles, (p) => p.roles);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
  }
  const byId = new Map((roles ?? []).map((r) => [r.id, r]));
  const byName = new Map((roles ?? []).map((r) => [r.name, r]));
  const found = new Map<string, AssumableRole>();
  const add = (id: string, name: string) => {
    const role = byId.get(id) ?? (id ? undefined : byName.get(name));
    const roleId = role?.id ?? id;
    if (!roleId || found.has(roleId)) return;
    if (role && role.role_type !== 'assumable') return;
    found.set(roleId, { id: roleId, name: role?.name || name || roleId });
  };
  reply.assumable_roles.forEach((t: RoleTrust) => add(t.role_id, t.role_name));
  (reply.roles ?? []).forEach((r) => add(r.id, r.name));
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
