import { randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type {
  RoleTrust,
  RoleTrustCreate,
  RoleTrustUpdate,
  TrustConditions,
  TrustType,
} from '../../../shared/schemas/role-trust';
import { conflict, invalid, notFound } from './store-error';
import type { Db } from './database';
import { paginate } from './pagination';
import { requireOrgRow, softDelete, undelete } from './records';
import type { OrgTable } from './records';
import type { WriteContext } from './roles';
import { apiTime, storedTime } from './time';
import { NOT_FOUND } from '../not-found';

interface TrustRow {
  id: string;
  org_id: string;
  role_id: string;
  role_name: string;
  trust_type: TrustType;
  trusted_user_id: string | null;
  user_name: string | null;
  trusted_group_id: string | null;
  group_name: string | null;
  trusted_oidc_issuer_id: string | null;
  issuer_name: string | null;
  conditions: string;
  valid_until: string | null;
  created_at: string;
}

/** Trusts with their role and principal names; only trusts of live roles are visible. */
const FROM = `role_trusts t
  JOIN roles r ON r.id = t.role_id AND r.deleted_at IS NULL
  LEFT JOIN users u ON u.id = t.trusted_user_id
  LEFT JOIN groups g ON g.id = t.trusted_group_id
  LEFT JOIN oidc_issuers i ON i.id = t.trusted_oidc_issuer_id`;
const SELECT = `t.*, r.name AS role_name, u.name AS user_name, g.display_name AS group_name,
  COALESCE(NULLIF(i.display_name, ''), i.uri) AS issuer_name`;

function toTrust(row: TrustRow): RoleTrust {
  const conditions = JSON.parse(row.conditions) as TrustConditions;
  return {
    id: row.id,
    role_id: row.role_id,
    role_name: row.role_name,
    trust_type: row.trust_type,
    trusted_user_id: row.trusted_user_id ?? '',
    user_display: row.user_name ?? '',
    trusted_group_id: row.trusted_group_id ?? '',
    group_display: row.group_name ?? '',
    trusted_oidc_issuer_id: row.trusted_oidc_issuer_id ?? '',
    issuer_display: row.issuer_name ?? '',
    conditions: {
      ...(conditions.time_of_day ? { time_of_day: conditions.time_of_day } : {}),
      ip_address: conditions.ip_address ?? [],
    },
    valid_until: apiTime(row.valid_until),
    date_created: apiTime(row.created_at),
  };
}

function listTrusts(db: Db, list: string, where: string, params: unknown[], query: ListQuery) {
  const { rows, meta } = paginate<TrustRow>(
    db,
    { list, from: FROM, alias: 't', where, params, select: SELECT },
    query,
  );
  return { items: rows.map(toTrust), meta };
}

export function listRoleTrusts(db: Db, orgId: string, query: ListQuery) {
  const { items, meta } = listTrusts(
    db,
    'role-trusts',
    't.org_id = ? AND t.deleted_at IS NULL',
    [orgId],
    query,
  );
  return { role_trusts: items, meta };
}

export function listTrustsOfRole(db: Db, orgId: string, roleId: string, query: ListQuery) {
  requireOrgRow(db, 'roles', orgId, roleId, NOT_FOUND.role, { live: true, columns: '1' });
  const { items, meta } = listTrusts(
    db,
    `role-trusts-by-role:${roleId}`,
    't.org_id = ? AND t.role_id = ? AND t.deleted_at IS NULL',
    [orgId, roleId],
    query,
  );
  return { role_trusts: items, meta };
}

/** Trusts naming the user directly or through one of their groups. */
export function listAssumableForUser(db: Db, orgId: string, userId: string, query: ListQuery) {
  requireOrgRow(db, 'users', orgId, userId, NOT_FOUND.user, { columns: '1' });
  const { items, meta } = listTrusts(
    db,
    `assumable:${userId}`,
    `t.org_id = ? AND t.deleted_at IS NULL AND (t.trusted_user_id = ?
       OR t.trusted_group_id IN (SELECT group_id FROM group_members WHERE user_id = ?))`,
    [orgId, userId, userId],
    query,
  );
  return { assumable_roles: items, meta };
}

/** Every live trust of a role, oldest first (what assumption is checked against). */
export function trustsOfRole(db: Db, orgId: string, roleId: string): RoleTrust[] {
  const rows = db
    .prepare(
      `SELECT ${SELECT} FROM ${FROM} WHERE t.org_id = ? AND t.role_id = ? AND t.deleted_at IS NULL
        ORDER BY t.created_at, t.id`,
    )
    .all(orgId, roleId) as TrustRow[];
  return rows.map(toTrust);
}

export function findRoleTrust(db: Db, orgId: string, id: string): RoleTrust | null {
  const row = db
    .prepare(
      `SELECT ${SELECT} FROM ${FROM} WHERE t.id = ? AND t.org_id = ? AND t.deleted_at IS NULL`,
    )
    .get(id, orgId) as TrustRow | undefined;
  return row ? toTrust(row) : null;
}

function requireTrust(db: Db, orgId: string, id: string): RoleTrust {
  const trust = findRoleTrust(db, orgId, id);
  if (!trust) throw notFound(NOT_FOUND.trust);
  return trust;
}

interface Principal {
  trusted_user_id?: string | undefined;
  trusted_group_id?: string | undefined;
  trusted_oidc_issuer_id?: string | undefined;
}

function assertPrincipalExists(db: Db, orgId: string, p: Principal) {
  const check = (table: OrgTable, id: string | undefined, text: string) => {
    if (id) requireOrgRow(db, table, orgId, id, text, { columns: '1' });
  };
  check('users', p.trusted_user_id, NOT_FOUND.user);
  check('groups', p.trusted_group_id, NOT_FOUND.group);
  check('oidc_issuers', p.trusted_oidc_issuer_id, NOT_FOUND.issuer);
}

function assertFuture(validUntil: string | null, at: string): string | null {
  if (validUntil === null) return null;
  const instant = new Date(validUntil);
  if (instant.getTime() <= new Date(at).getTime()) {
    throw invalid('valid_until must be in the future');
  }
  return storedTime(instant);
}

export function createRoleTrust(db: Db, ctx: WriteContext, input: RoleTrustCreate): RoleTrust {
  const id = randomUUID();
  db.transaction(() => {
    const role = requireOrgRow<{ name: string; role_type: string }>(
      db,
      'roles',
      ctx.orgId,
      input.role_id,
      NOT_FOUND.role,
      { live: true, columns: 'name, role_type' },
    );
    if (role.role_type !== 'assumable') {
      throw conflict(`only assumable roles have trusts; "${role.name}" is assignable`);
    }
    assertPrincipalExists(db, ctx.orgId, input);
    const validUntil = assertFuture(input.valid_until ?? null, ctx.at);
    db.prepare(
      `INSERT INTO role_trusts (id, org_id, role_id, trust_type, trusted_user_id, trusted_group_id,
         trusted_oidc_issuer_id, conditions, valid_until, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      ctx.orgId,
      input.role_id,
      input.trust_type,
      input.trusted_user_id || null,
      input.trusted_group_id || null,
      input.trusted_oidc_issuer_id || null,
      JSON.stringify(input.conditions),
      validUntil,
      ctx.at,
      ctx.userId,
    );
  })();
  return requireTrust(db, ctx.orgId, id);
}

export function updateRoleTrust(
  db: Db,
  ctx: WriteContext,
  id: string,
  input: RoleTrustUpdate,
): RoleTrust {
  db.transaction(() => {
    requireTrust(db, ctx.orgId, id);
    const sets: string[] = [];
    const params: unknown[] = [];
    const set = (column: string, value: unknown) => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (input.trust_type !== undefined) set('trust_type', input.trust_type);
    const principal = [input.trusted_user_id, input.trusted_group_id, input.trusted_oidc_issuer_id];
    if (principal.some((v) => v)) {
      assertPrincipalExists(db, ctx.orgId, input);
      set('trusted_user_id', input.trusted_user_id || null);
      set('trusted_group_id', input.trusted_group_id || null);
      set('trusted_oidc_issuer_id', input.trusted_oidc_issuer_id || null);
    }
    if (input.conditions !== undefined) set('conditions', JSON.stringify(input.conditions));
    if (input.valid_until !== undefined) {
      set('valid_until', assertFuture(input.valid_until, ctx.at));
    }
    set('updated_at', ctx.at);
    set('updated_by', ctx.userId);
    db.prepare(`UPDATE role_trusts SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
  })();
  return requireTrust(db, ctx.orgId, id);
}

export function deleteRoleTrust(db: Db, ctx: WriteContext, id: string): void {
  softDelete(db, 'role_trusts', ctx, id, () => requireTrust(db, ctx.orgId, id));
}

export function restoreRoleTrust(db: Db, ctx: WriteContext, id: string): RoleTrust {
  db.transaction(() => {
    const row = db
      .prepare(
        `SELECT t.deleted_at, r.deleted_at AS role_deleted_at FROM role_trusts t JOIN roles r ON r.id = t.role_id
          WHERE t.id = ? AND t.org_id = ?`,
      )
      .get(id, ctx.orgId) as
      { deleted_at: string | null; role_deleted_at: string | null } | undefined;
    if (!row) throw notFound(NOT_FOUND.trust);
    if (row.role_deleted_at !== null) {
      throw conflict('the trust’s role is deleted; restore the role first');
    }
    if (row.deleted_at === null) return;
    undelete(db, 'role_trusts', ctx, id);
  })();
  return requireTrust(db, ctx.orgId, id);
}
