import type { Policy } from '../../../shared/schemas/policy';
import type { Role } from '../../../shared/schemas/role';

interface AccessSets<T> {
  all: T[];
  direct: T[];
  inherited: T[];
}
type UserRoles = { roles: AccessSets<Role> };
type UserPolicies = { policies: AccessSets<Policy> };
/** A role as a group's role list names it (govultr's shape for these items). */
interface GroupRoleItem {
  id: string;
  display_name: string;
  description: string;
  role_type: string;
  date_assigned: string;
}
type GroupRoles = { roles: AccessSets<GroupRoleItem> };
type GroupPolicies = { policies: { direct: Policy[]; from_roles: Policy[]; all: Policy[] } };
import type { Db } from './database';
import { LINK_TABLES } from './links';
import type { PolicyRow } from './policies';
import { policyFromRow } from './policies';
import { findRole } from './roles';
import { apiTime } from './time';

/**
 * What a user or a group holds: roles and policies, split into direct and inherited.
 * Soft-deleted roles and policies are left out, and so are policies reached only through them.
 */

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/**
 * How a user or a group reaches roles or policies: straight through a link table, or (a user)
 * through the groups it is a member of.
 */
const PATHS = {
  userRoles: ['role_users', 'user'],
  userGroupRoles: ['role_groups', 'member'],
  groupRoles: ['role_groups', 'group'],
  userPolicies: ['policy_users', 'user'],
  userGroupPolicies: ['policy_groups', 'member'],
  groupPolicies: ['policy_groups', 'group'],
} as const;
type Path = keyof typeof PATHS;

/** The live roles or policies of the organization one user or group reaches along a path. */
function reached<T>(db: Db, path: Path, ownerId: string, orgId: string, select: string): T[] {
  const [link, from] = PATHS[path];
  // The link's owner side is the role or the policy reached.
  const item = LINK_TABLES[link].owner;
  const target = item === 'role_id' ? 'roles' : 'policies';
  const start =
    from === 'member' ? `group_members gm JOIN ${link} l ON l.group_id = gm.group_id` : `${link} l`;
  const owner = from === 'member' ? 'gm.user_id' : `l.${from}_id`;
  return db
    .prepare(
      `SELECT ${select} FROM ${start} JOIN ${target} x ON x.id = l.${item}
        WHERE ${owner} = ? AND x.org_id = ? AND x.deleted_at IS NULL
        ORDER BY l.assigned_at, x.id`,
    )
    .all(ownerId, orgId) as T[];
}

/** The ids along a path, each once, in the order first reached. */
function ids(db: Db, path: Path, ownerId: string, orgId: string): string[] {
  return [...new Set(reached<{ id: string }>(db, path, ownerId, orgId, 'x.id').map((r) => r.id))];
}

/** The policies along a path, each once. */
function policies(db: Db, path: Path, ownerId: string, orgId: string): Policy[] {
  return uniqueById(reached<PolicyRow>(db, path, ownerId, orgId, 'x.*').map(policyFromRow));
}

function rolesByIds(db: Db, orgId: string, roleIds: string[]): Role[] {
  return roleIds.flatMap((id) => findRole(db, orgId, id) ?? []);
}

/** Live policies of the given roles, role by role, each in attachment order. */
function policiesOfRoleIds(db: Db, orgId: string, roleIds: string[]): Policy[] {
  if (roleIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT p.* FROM json_each(?) ids
         JOIN role_policies rp ON rp.role_id = ids.value
         JOIN policies p ON p.id = rp.policy_id
        WHERE p.org_id = ? AND p.deleted_at IS NULL
        ORDER BY ids.key, rp.assigned_at, p.id`,
    )
    .all(JSON.stringify(roleIds), orgId) as PolicyRow[];
  return uniqueById(rows.map(policyFromRow));
}

export function rolesOfUser(db: Db, orgId: string, userId: string): UserRoles {
  const direct = rolesByIds(db, orgId, ids(db, 'userRoles', userId, orgId));
  const inherited = rolesByIds(db, orgId, ids(db, 'userGroupRoles', userId, orgId));
  return { roles: { all: uniqueById([...direct, ...inherited]), direct, inherited } };
}

export function policiesOfUser(db: Db, orgId: string, userId: string): UserPolicies {
  const direct = policies(db, 'userPolicies', userId, orgId);
  const fromGroups = policies(db, 'userGroupPolicies', userId, orgId);
  const roleIds = [
    ...new Set([
      ...ids(db, 'userRoles', userId, orgId),
      ...ids(db, 'userGroupRoles', userId, orgId),
    ]),
  ];
  const inherited = uniqueById([...fromGroups, ...policiesOfRoleIds(db, orgId, roleIds)]);
  return { policies: { all: uniqueById([...direct, ...inherited]), direct, inherited } };
}

export function rolesOfGroup(db: Db, orgId: string, groupId: string): GroupRoles {
  const select =
    'x.id, x.name AS display_name, x.description, x.role_type, l.assigned_at AS date_assigned';
  const direct = reached<GroupRoleItem>(db, 'groupRoles', groupId, orgId, select).map((r) => ({
    ...r,
    date_assigned: apiTime(r.date_assigned),
  }));
  // Groups do not nest: nothing is inherited.
  return { roles: { all: direct, direct, inherited: [] } };
}

export function policiesOfGroup(db: Db, orgId: string, groupId: string): GroupPolicies {
  const direct = policies(db, 'groupPolicies', groupId, orgId);
  const fromRoles = policiesOfRoleIds(db, orgId, ids(db, 'groupRoles', groupId, orgId));
  return {
    policies: { direct, from_roles: fromRoles, all: uniqueById([...direct, ...fromRoles]) },
  };
}
