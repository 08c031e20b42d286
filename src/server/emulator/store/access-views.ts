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

function ids(db: Db, sql: string, ...params: unknown[]): string[] {
  return [
    ...new Set(
      db
        .prepare(sql)
        .pluck()
        .all(...params) as string[],
    ),
  ];
}

function rolesByIds(db: Db, orgId: string, roleIds: string[]): Role[] {
  return roleIds.flatMap((id) => findRole(db, orgId, id) ?? []);
}

function policies(db: Db, sql: string, ...params: unknown[]): Policy[] {
  return uniqueById((db.prepare(sql).all(...params) as PolicyRow[]).map(policyFromRow));
}

/** Live policies of the given roles, role by role, each in attachment order. */
function policiesOfRoleIds(db: Db, orgId: string, roleIds: string[]): Policy[] {
  if (roleIds.length === 0) return [];
  return policies(
    db,
    `SELECT p.* FROM json_each(?) ids
       JOIN role_policies rp ON rp.role_id = ids.value
       JOIN policies p ON p.id = rp.policy_id
      WHERE p.org_id = ? AND p.deleted_at IS NULL
      ORDER BY ids.key, rp.assigned_at, p.id`,
    JSON.stringify(roleIds),
    orgId,
  );
}

function directRoleIdsOfUser(db: Db, orgId: string, userId: string): string[] {
  return ids(
    db,
    `SELECT r.id FROM role_users ru JOIN roles r ON r.id = ru.role_id
      WHERE ru.user_id = ? AND r.org_id = ? AND r.deleted_at IS NULL
      ORDER BY ru.assigned_at, r.id`,
    userId,
    orgId,
  );
}

function groupRoleIdsOfUser(db: Db, orgId: string, userId: string): string[] {
  return ids(
    db,
    `SELECT r.id FROM group_members gm
       JOIN role_groups rg ON rg.group_id = gm.group_id
       JOIN roles r ON r.id = rg.role_id
      WHERE gm.user_id = ? AND r.org_id = ? AND r.deleted_at IS NULL
      ORDER BY rg.assigned_at, r.id`,
    userId,
    orgId,
  );
}

function roleIdsOfGroup(db: Db, orgId: string, groupId: string): string[] {
  return ids(
    db,
    `SELECT r.id FROM role_groups rg JOIN roles r ON r.id = rg.role_id
      WHERE rg.group_id = ? AND r.org_id = ? AND r.deleted_at IS NULL
      ORDER BY rg.assigned_at, r.id`,
    groupId,
    orgId,
  );
}

export function rolesOfUser(db: Db, orgId: string, userId: string): UserRoles {
  const direct = rolesByIds(db, orgId, directRoleIdsOfUser(db, orgId, userId));
  const inherited = rolesByIds(db, orgId, groupRoleIdsOfUser(db, orgId, userId));
  return { roles: { all: uniqueById([...direct, ...inherited]), direct, inherited } };
}

export function policiesOfUser(db: Db, orgId: string, userId: string): UserPolicies {
  const direct = policies(
    db,
    `SELECT p.* FROM policy_users pu JOIN policies p ON p.id = pu.policy_id
      WHERE pu.user_id = ? AND p.org_id = ? AND p.deleted_at IS NULL
      ORDER BY pu.assigned_at, p.id`,
    userId,
    orgId,
  );
  const fromGroups = policies(
    db,
    `SELECT p.* FROM group_members gm
       JOIN policy_groups pg ON pg.group_id = gm.group_id
       JOIN policies p ON p.id = pg.policy_id
      WHERE gm.user_id = ? AND p.org_id = ? AND p.deleted_at IS NULL
      ORDER BY pg.assigned_at, p.id`,
    userId,
    orgId,
  );
  const roleIds = [
    ...new Set([
      ...directRoleIdsOfUser(db, orgId, userId),
      ...groupRoleIdsOfUser(db, orgId, userId),
    ]),
  ];
  const inherited = uniqueById([...fromGroups, ...policiesOfRoleIds(db, orgId, roleIds)]);
  return { policies: { all: uniqueById([...direct, ...inherited]), direct, inherited } };
}

export function rolesOfGroup(db: Db, orgId: string, groupId: string): GroupRoles {
  const rows = db
    .prepare(
      `SELECT r.id, r.name, r.description, r.role_type, rg.assigned_at
         FROM role_groups rg JOIN roles r ON r.id = rg.role_id
        WHERE rg.group_id = ? AND r.org_id = ? AND r.deleted_at IS NULL
        ORDER BY rg.assigned_at, r.id`,
    )
    .all(groupId, orgId) as {
    id: string;
    name: string;
    description: string;
    role_type: string;
    assigned_at: string;
  }[];
  const direct = rows.map((r) => ({
    id: r.id,
    display_name: r.name,
    description: r.description,
    role_type: r.role_type,
    date_assigned: apiTime(r.assigned_at),
  }));
  // Groups do not nest: nothing is inherited.
  return { roles: { all: direct, direct, inherited: [] } };
}

export function policiesOfGroup(db: Db, orgId: string, groupId: string): GroupPolicies {
  const direct = policies(
    db,
    `SELECT p.* FROM policy_groups pg JOIN policies p ON p.id = pg.policy_id
      WHERE pg.group_id = ? AND p.org_id = ? AND p.deleted_at IS NULL
      ORDER BY pg.assigned_at, p.id`,
    groupId,
    orgId,
  );
  const fromRoles = policiesOfRoleIds(db, orgId, roleIdsOfGroup(db, orgId, groupId));
  return {
    policies: { direct, from_roles: fromRoles, all: uniqueById([...direct, ...fromRoles]) },
  };
}
