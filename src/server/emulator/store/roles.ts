import { randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type { Role, RoleType, RoleValues } from '../../../shared/schemas/role';
import { conflict, notFound } from './store-error';
import type { Db } from './database';
import type { WriteContext } from './write-context';
import { policiesOfRoles, policyFromRow } from './policies';
import { addLink, linkedRows, removeLink } from './links';
import { paginate } from './pagination';
import { findOrgRow, orgRows, requireOrgRow, softDelete, undelete } from './records';
import type { PolicyRow } from './policies';
import { apiTime } from './time';
import { NOT_FOUND } from '../not-found';

export interface RoleRow {
  id: string;
  org_id: string;
  name: string;
  description: string;
  role_type: RoleType;
  max_session_duration: number;
  created_at: string;
}

function toRoles(db: Db, rows: RoleRow[]): Role[] {
  const policies = policiesOfRoles(db, rows);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    role_type: r.role_type,
    max_session_duration: r.max_session_duration,
    policies: policies.get(r.id) ?? [],
    date_created: apiTime(r.created_at),
  }));
}

export function listRoles(db: Db, orgId: string, query: ListQuery) {
  const { rows, meta } = paginate<RoleRow>(db, orgRows('roles', orgId, { live: true }), query);
  return { roles: toRoles(db, rows), meta };
}

export function findRole(db: Db, orgId: string, id: string): Role | null {
  const row = findOrgRow<RoleRow>(db, 'roles', orgId, id, { live: true });
  return row ? (toRoles(db, [row])[0] ?? null) : null;
}

/** Who did a write, and when. */
export type { WriteContext } from './write-context';

function liveRoleRow(db: Db, orgId: string, id: string): RoleRow {
  return requireOrgRow<RoleRow>(db, 'roles', orgId, id, NOT_FOUND.role, { live: true });
}

function assertNameFree(db: Db, orgId: string, name: string, exceptId: string | null) {
  const clash = db
    .prepare(
      `SELECT name FROM roles WHERE org_id = ? AND lower(name) = lower(?) AND deleted_at IS NULL
         AND id IS NOT ?`,
    )
    .pluck()
    .get(orgId, name, exceptId) as string | undefined;
  if (clash !== undefined) throw conflict(`a role named "${clash}" already exists`);
}

/** The written columns of a role, in the order the INSERT and the UPDATE name them. */
const roleColumns = (input: RoleValues) =>
  [input.name, input.description, input.role_type, input.max_session_duration] as const;

function requireRole(db: Db, orgId: string, id: string): Role {
  const role = findRole(db, orgId, id);
  if (!role) throw notFound(NOT_FOUND.role);
  return role;
}

export function createRole(db: Db, ctx: WriteContext, input: RoleValues): Role {
  const id = randomUUID();
  db.transaction(() => {
    assertNameFree(db, ctx.orgId, input.name, null);
    db.prepare(
      `INSERT INTO roles (id, org_id, name, description, role_type, max_session_duration, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, ctx.orgId, ...roleColumns(input), ctx.at, ctx.userId);
  })();
  return requireRole(db, ctx.orgId, id);
}

export function updateRole(db: Db, ctx: WriteContext, id: string, input: RoleValues): Role {
  db.transaction(() => {
    const current = liveRoleRow(db, ctx.orgId, id);
    assertNameFree(db, ctx.orgId, input.name, id);
    if (current.role_type === 'assumable' && input.role_type === 'assignable') {
      const trusts = db
        .prepare('SELECT count(*) FROM role_trusts WHERE role_id = ? AND deleted_at IS NULL')
        .pluck()
        .get(id) as number;
      if (trusts > 0) {
        throw conflict(
          `the role has ${trusts} role trust(s); delete them before making it assignable`,
        );
      }
    }
    if (current.role_type === 'assignable' && input.role_type === 'assumable') {
      const holders = db
        .prepare(
          `SELECT (SELECT count(*) FROM role_users WHERE role_id = ?) + (SELECT count(*) FROM role_groups WHERE role_id = ?)`,
        )
        .pluck()
        .get(id, id) as number;
      if (holders > 0) {
        throw conflict(
          `the role is assigned to ${holders} user(s) or group(s); remove them before making it assumable`,
        );
      }
    }
    db.prepare(
      `UPDATE roles SET name = ?, description = ?, role_type = ?, max_session_duration = ?,
              updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(...roleColumns(input), ctx.at, ctx.userId, id);
  })();
  return requireRole(db, ctx.orgId, id);
}

export function deleteRole(db: Db, ctx: WriteContext, id: string): void {
  softDelete(db, 'roles', ctx, id, () => liveRoleRow(db, ctx.orgId, id));
}

export function restoreRole(db: Db, ctx: WriteContext, id: string): Role {
  db.transaction(() => {
    const row = requireOrgRow<RoleRow & { deleted_at: string | null }>(
      db,
      'roles',
      ctx.orgId,
      id,
      NOT_FOUND.role,
    );
    if (row.deleted_at === null) return;
    assertNameFree(db, ctx.orgId, row.name, id);
    undelete(db, 'roles', ctx, id);
  })();
  return requireRole(db, ctx.orgId, id);
}

// --- policies attached to a role -------------------------------------------------------------

export function listRolePolicies(db: Db, orgId: string, roleId: string, query: ListQuery) {
  liveRoleRow(db, orgId, roleId);
  const attached = linkedRows('role-policies', roleId, { live: true });
  const { rows, meta } = paginate<PolicyRow>(db, attached, query);
  return { policies: rows.map(policyFromRow), meta };
}

export function attachRolePolicy(db: Db, ctx: WriteContext, roleId: string, policyId: string) {
  return db.transaction(() => {
    const role = liveRoleRow(db, ctx.orgId, roleId);
    const policy = requireOrgRow<PolicyRow>(db, 'policies', ctx.orgId, policyId, NOT_FOUND.policy, {
      live: true,
    });
    if (!addLink(db, 'role_policies', roleId, policyId, ctx)) {
      throw conflict(`policy "${policy.name}" is already attached to the role`);
    }
    return {
      role_id: role.id,
      role_name: role.name,
      role_description: role.description,
      role_type: role.role_type,
      policy_id: policy.id,
      policy_name: policy.name,
      date_assigned: apiTime(ctx.at),
      assigned_by: ctx.userId,
    };
  })();
}

export function detachRolePolicy(db: Db, ctx: WriteContext, roleId: string, policyId: string) {
  db.transaction(() => {
    liveRoleRow(db, ctx.orgId, roleId);
    if (!removeLink(db, 'role_policies', roleId, policyId)) throw notFound(NOT_FOUND.policy);
  })();
}

// --- users and groups holding an assignable role ---------------------------------------------

type Holder = 'user' | 'group';
const HOLDER = {
  user: { link: 'role_users', list: 'role-users', table: 'users', nameColumn: 'name' },
  group: { link: 'role_groups', list: 'role-groups', table: 'groups', nameColumn: 'display_name' },
} as const;
const HOLDER_NOT_FOUND = { user: NOT_FOUND.user, group: NOT_FOUND.group } as const;

interface AssignmentRow {
  holder_id: string;
  holder_name: string;
  assigned_at: string;
  id: string;
  created_at: string;
}

function assignmentRecord(role: RoleRow, kind: Holder, row: AssignmentRow) {
  const roleFields = {
    role_id: role.id,
    role_name: role.name,
    role_description: role.description,
    role_type: role.role_type,
    date_assigned: apiTime(row.assigned_at),
  };
  return kind === 'user'
    ? { user_id: row.holder_id, ...roleFields }
    : { group_id: row.holder_id, group_name: row.holder_name, ...roleFields };
}

export function listRoleHolders(
  db: Db,
  orgId: string,
  roleId: string,
  kind: Holder,
  query: ListQuery,
) {
  const role = liveRoleRow(db, orgId, roleId);
  const h = HOLDER[kind];
  const select = `t.id AS id, t.created_at AS created_at, t.id AS holder_id, t.${h.nameColumn} AS holder_name, l.assigned_at AS assigned_at`;
  const { rows, meta } = paginate<AssignmentRow>(db, linkedRows(h.list, roleId, { select }), query);
  return { assignments: rows.map((r) => assignmentRecord(role, kind, r)), meta };
}

export function assignRole(db: Db, ctx: WriteContext, roleId: string, kind: Holder, id: string) {
  const h = HOLDER[kind];
  return db.transaction(() => {
    const role = liveRoleRow(db, ctx.orgId, roleId);
    const holder = requireOrgRow<{ id: string; name: string }>(
      db,
      h.table,
      ctx.orgId,
      id,
      HOLDER_NOT_FOUND[kind],
      { columns: `id, ${h.nameColumn} AS name` },
    );
    if (role.role_type !== 'assignable') {
      throw conflict(
        `only assignable roles can be assigned to a ${kind}; "${role.name}" is assumable`,
      );
    }
    if (!addLink(db, h.link, roleId, id, ctx)) {
      throw conflict(`the role is already assigned to this ${kind}`);
    }
    return assignmentRecord(role, kind, {
      holder_id: holder.id,
      holder_name: holder.name,
      assigned_at: ctx.at,
      id: holder.id,
      created_at: ctx.at,
    });
  })();
}

export function unassignRole(db: Db, ctx: WriteContext, roleId: string, kind: Holder, id: string) {
  db.transaction(() => {
    liveRoleRow(db, ctx.orgId, roleId);
    if (!removeLink(db, HOLDER[kind].link, roleId, id)) throw notFound(HOLDER_NOT_FOUND[kind]);
  })();
}

/** What assuming a role needs to know of it: a live role of the organization, or null. */
export interface RoleFacts {
  id: string;
  name: string;
  role_type: string;
  max_session_duration: number;
}

export function findRoleFacts(db: Db, orgId: string, roleId: string): RoleFacts | null {
  return findOrgRow<RoleFacts>(db, 'roles', orgId, roleId, {
    live: true,
    columns: 'id, name, role_type, max_session_duration',
  });
}
