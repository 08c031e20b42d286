import type { Db } from './database';
import type { KeysetQuery } from './pagination';
import { conflict, notFound } from './store-error';
import type { WriteContext } from './write-context';

/**
 * What every store does the same way with the records of one organization: read one by id (or
 * fail with the API's not-found text), page through them, soft-delete and restore them, and
 * refuse to delete one that other rows still point at.
 */

/** The tables whose rows belong to one organization and are named by their `id`. */
export type OrgTable = 'users' | 'groups' | 'roles' | 'policies' | 'oidc_issuers' | 'role_trusts';

/** The tables whose rows are deleted by marking them (`deleted_at`), so that they can come back. */
export type SoftDeletedTable = 'roles' | 'policies' | 'role_trusts';

export interface RowFilter {
  /** Leave out soft-deleted rows (only for a table that has them). */
  live?: boolean;
  /** The columns to read; every one by default. */
  columns?: string;
}

const liveClause = (table: OrgTable, live: boolean | undefined) =>
  live ? ` AND ${table}.deleted_at IS NULL` : '';

/** The row of `table` with this id in the organization, or null (another organization's too). */
export function findOrgRow<T>(
  db: Db,
  table: OrgTable,
  orgId: string,
  id: string,
  filter: RowFilter = {},
): T | null {
  const row = db
    .prepare(
      `SELECT ${filter.columns ?? '*'} FROM ${table}
        WHERE ${table}.id = ? AND ${table}.org_id = ?${liveClause(table, filter.live)}`,
    )
    .get(id, orgId) as T | undefined;
  return row ?? null;
}

/** The same row, or a not-found StoreError carrying the API's text for it. */
export function requireOrgRow<T>(
  db: Db,
  table: OrgTable,
  orgId: string,
  id: string,
  notFoundText: string,
  filter: RowFilter = {},
): T {
  const row = findOrgRow<T>(db, table, orgId, id, filter);
  if (!row) throw notFound(notFoundText);
  return row;
}

/**
 * The organization's rows of `table`, for `paginate`. The list is named after the table
 * (`oidc_issuers` → `oidc-issuers`), so a cursor of another list is refused.
 */
export function orgRows(table: OrgTable, orgId: string, filter: RowFilter = {}): KeysetQuery {
  return {
    list: table.replace('_', '-'),
    from: table,
    alias: table,
    where: `${table}.org_id = ?${liveClause(table, filter.live)}`,
    params: [orgId],
    ...(filter.columns ? { select: filter.columns } : {}),
  };
}

/**
 * Marks a row deleted by the writer, once `check` (which finds it, and may refuse) has passed;
 * its links stay, so that a restore brings it back whole.
 */
export function softDelete(
  db: Db,
  table: SoftDeletedTable,
  ctx: WriteContext,
  id: string,
  check: () => unknown,
): void {
  db.transaction(() => {
    check();
    db.prepare(`UPDATE ${table} SET deleted_at = ?, deleted_by = ? WHERE id = ?`).run(
      ctx.at,
      ctx.userId,
      id,
    );
  })();
}

/** Brings a soft-deleted row back, recorded as an update by the writer. */
export function undelete(db: Db, table: SoftDeletedTable, ctx: WriteContext, id: string): void {
  db.prepare(
    `UPDATE ${table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ?
      WHERE id = ?`,
  ).run(ctx.at, ctx.userId, id);
}

/**
 * Runs a delete; when a row that must not dangle still points at what it deletes, the store
 * answers a conflict with `refusal` instead of the database's error.
 */
export function refuseWhileReferenced<T>(refusal: string, remove: () => T): T {
  try {
    return remove();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw conflict(refusal);
    }
    throw error;
  }
}
