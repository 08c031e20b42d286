import { randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type { Role, RoleType, RoleValues } from '../../../shared/schemas/role';
import { conflict, notFound } from './store-error';
import type { Db } from './database';
import type { WriteContext } from './write-context';
import { paginate } from './pagination';
import { policiesOfRoles, policyFromRow } from './policies';
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
  const policies = policiesOfRoles(
    db,
    rows.map((r) => r.id),
  );
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
  const { rows, meta } = paginate<RoleRow>(
    db,
    {
      list: 'roles',
      from: 'roles r',
      alias: 'r',
      where: 'r.org_id = ? AND r.deleted_at IS NULL',
      params: [orgId],
    },
    query,
  );
  return { roles: toRoles(db, rows), meta };
}

export function findRole(db: Db, orgId: string, id: string): Role | null {
  const row = db
    .prepare('SELECT * FROM roles WHERE id = ? AND org_id = ? AND deleted_at IS NULL')
    .get(id, orgId) as RoleRow | undefined;
  return row ? (toRoles(db, [row])[0] ?? null) : null;
}

/** Who did a write, and when. */
export type { WriteContext } from './write-context';

function liveRoleRow(db: Db, orgId: string, id: string): RoleRow {
  const row = db
    .prepare('SELECT * FROM roles WHERE id = ? AND org_id = ? AND deleted_at IS NULL')
    .get(id, orgId) as RoleRow | undefined;
  if (!row) throw notFound(NOT_FOUND.role);
  return row;
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
    ).run(
      id,
      ctx.orgId,
      input.name,
      input.description,
      input.role_type,
      input.max_session_duration,
      ctx.at,
      ctx.userId,
    );
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
    ).run(
      input.name,
      input.description,
      input.role_type,
      input.max_session_duration,
      ctx.at,
      ctx.userId,
      id,
    );
  })();
  return requireRole(db, ctx.orgId, id);
}

export function deleteRole(db: Db, ctx: WriteContext, id: string): void {
  db.transaction(() => {
    liveRoleRow(db, ctx.orgId, id);
    db.prepare('UPDATE roles SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(
      ctx.at,
      ctx.userId,
      id,
    );
  })();
}

export function restoreRole(db: Db, ctx: WriteContext, id: string): Role {
  db.transaction(() => {
    const row = db.prepare('SELECT * FROM roles WHERE id = ? AND org_id = ?').get(id, ctx.orgId) as
      (RoleRow & { deleted_at: string | null }) | undefined;
    if (!row) throw notFound(NOT_FOUND.role);
    if (row.deleted_at === null) return;
    assertNameFree(db, ctx.orgId, row.name, id);
    db.prepare(
      'UPDATE roles SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?',
    ).run(ctx.at, ctx.userId, id);
  })();
  return requireRole(db, ctx.orgId, id);
}

// --- policies attached to a role -------------------------------------------------------------

export function listRolePolicies(db: Db, orgId: string, roleId: string, query: ListQuery) {
  liveRoleRow(db, orgId, roleId);
  const { rows, meta } = paginate<PolicyRow>(
    db,
    {
      list: `role-policies:${roleId}`,
      from: 'role_policies rp JOIN policies p ON p.id = rp.policy_id',
      alias: 'p',
      where: 'rp.role_id = ? AND p.deleted_at IS NULL',
      params: [roleId],
      select: 'p.*',
    },
    query,
  );
  return { policies: rows.map(policyFromRow), meta };
}

function livePolicy(db: Db, orgId: string, policyId: string): PolicyRow {
  const row = db
    .prepare('SELECT * FROM policies WHERE id = ? AND org_id = ? AND deleted_at IS NULL')
    .get(policyId, orgId) as PolicyRow | undefined;
  if (!row) throw notFound(NOT_FOUND.policy);
  return row;
}

export function attachRolePolicy(db: Db, ctx: WriteContext, roleId: string, policyId: string) {
  return db.transaction(() => {
    const role = liveRoleRow(db, ctx.orgId, roleId);
    const policy = livePolicy(db, ctx.orgId, policyId);
    const exists = db
      .prepare('SELECT 1 FROM role_policies WHERE role_id = ? AND policy_id = ?')
      .get(roleId, policyId);
    if (exists) throw conflict(`policy "${policy.name}" is already attached to the role`);
    db.prepare(
      'INSERT INTO role_policies (role_id, policy_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?)',
    ).run(roleId, policyId, ctx.at, ctx.userId);
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
    const result = db
      .prepare('DELETE FROM role_policies WHERE role_id = ? AND policy_id = ?')
      .run(roleId, policyId);
    if (result.changes === 0) throw notFound(NOT_FOUND.policy);
  })();
}

// --- users and groups holding an assignable role ---------------------------------------------

type Holder = 'user' | 'group';
const HOLDER = {
  user: {
    table: 'role_users',
    column: 'user_id',
    entity: 'users',
    notFound: NOT_FOUND.user,
    nameColumn: 'name',
  },
  group: {
    table: 'role_groups',
    column: 'group_id',
    entity: 'groups',
    notFound: NOT_FOUND.group,
    nameColumn: 'display_name',
  },
} as const;

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
  const { rows, meta } = paginate<AssignmentRow>(
    db,
    {
      list: `role-${h.entity}:${roleId}`,
      from: `${h.table} a JOIN ${h.entity} e ON e.id = a.${h.column}`,
      alias: 'e',
      where: 'a.role_id = ?',
      params: [roleId],
      select: `e.id AS id, e.created_at AS created_at, e.id AS holder_id, e.${h.nameColumn} AS holder_name, a.assigned_at AS assigned_at`,
    },
    query,
  );
  return { assignments: rows.map((r) => assignmentRecord(role, kind, r)), meta };
}

export function assignRole(db: Db, ctx: WriteContext, roleId: string, kind: Holder, id: string) {
  const h = HOLDER[kind];
  return db.transaction(() => {
    const role = liveRoleRow(db, ctx.orgId, roleId);
    const holder = db
      .prepare(`SELECT id, ${h.nameColumn} AS name FROM ${h.entity} WHERE id = ? AND org_id = ?`)
      .get(id, ctx.orgId) as { id: string; name: string } | undefined;
    if (!holder) throw notFound(h.notFound);
    if (role.role_type !== 'assignable') {
      throw conflict(
        `only assignable roles can be assigned to a ${kind}; "${role.name}" is assumable`,
      );
    }
    const exists = db
      .prepare(`SELECT 1 FROM ${h.table} WHERE role_id = ? AND ${h.column} = ?`)
      .get(roleId, id);
    if (exists) throw conflict(`the role is already assigned to this ${kind}`);
    db.prepare(
      `INSERT INTO ${h.table} (role_id, ${h.column}, assigned_at, assigned_by) VALUES (?, ?, ?, ?)`,
    ).run(roleId, id, ctx.at, ctx.userId);
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
  const h = HOLDER[kind];
  db.transaction(() => {
    liveRoleRow(db, ctx.orgId, roleId);
    const result = db
      .prepare(`DELETE FROM ${h.table} WHERE role_id = ? AND ${h.column} = ?`)
      .run(roleId, id);
    if (result.changes === 0) throw notFound(h.notFound);
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
  const row = db
    .prepare(
      'SELECT id, name, role_type, max_session_duration FROM roles WHERE id = ? AND org_id = ? AND deleted_at IS NULL',
    )
    .get(roleId, orgId) as RoleFacts | undefined;
  return row ?? null;
}
