import { z } from 'zod';
import type { ListMeta, ListQuery } from '../../../shared/schemas/common';
import { invalid } from './store-error';
import type { Db } from './database';

/**
 * Keyset pagination over (created_at, id), the order of every list.
 * Cursors are opaque to clients: base64url JSON naming the list they belong to,
 * the row they start after (or before), and the direction.
 */
const cursorSchema = z.object({
  l: z.string(),
  t: z.string(),
  i: z.string(),
  d: z.enum(['n', 'p']),
});
type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(list: string, raw: string): Cursor | null {
  if (raw === '') return null;
  let parsed: Cursor;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw invalid('cursor is not a valid cursor');
  }
  if (parsed.l !== list) throw invalid('cursor belongs to another list');
  return parsed;
}

export interface KeysetQuery {
  /** Names the list; a cursor from another list is refused. */
  list: string;
  /** `FROM ...` clause body, e.g. `roles r`. */
  from: string;
  /** Column holding (created_at, id) ordering, e.g. `r`. */
  alias: string;
  /** Filter, e.g. `r.org_id = ? AND r.deleted_at IS NULL`. */
  where: string;
  params: unknown[];
  /** Columns to select. */
  select?: string;
}

interface KeyRow {
  created_at: string;
  id: string;
}

/** Fetches one page of rows plus `meta` (total, next and prev cursors). */
export function paginate<T extends KeyRow>(
  db: Db,
  q: KeysetQuery,
  query: ListQuery,
): { rows: T[]; meta: ListMeta } {
  const cursor = decodeCursor(q.list, query.cursor);
  const key = `(${q.alias}.created_at, ${q.alias}.id)`;
  const select = q.select ?? `${q.alias}.*`;
  const base = `SELECT ${select} FROM ${q.from} WHERE (${q.where})`;

  let rows: T[];
  if (!cursor) {
    rows = db
      .prepare(`${base} ORDER BY ${key.slice(1, -1)} LIMIT ?`)
      .all(...q.params, query.per_page) as T[];
  } else if (cursor.d === 'n') {
    rows = db
      .prepare(`${base} AND ${key} > (?, ?) ORDER BY ${q.alias}.created_at, ${q.alias}.id LIMIT ?`)
      .all(...q.params, cursor.t, cursor.i, query.per_page) as T[];
  } else {
    rows = (
      db
        .prepare(
          `${base} AND ${key} < (?, ?) ORDER BY ${q.alias}.created_at DESC, ${q.alias}.id DESC LIMIT ?`,
        )
        .all(...q.params, cursor.t, cursor.i, query.per_page) as T[]
    ).reverse();
  }

  const exists = (op: '<' | '>', row: KeyRow) =>
    db
      .prepare(`SELECT EXISTS(SELECT 1 FROM ${q.from} WHERE (${q.where}) AND ${key} ${op} (?, ?))`)
      .pluck()
      .get(...q.params, row.created_at, row.id) === 1;

  const first = rows[0];
  const last = rows[rows.length - 1];
  const next = last && exists('>', last) ? cursorFor(q.list, last, 'n') : '';
  const prev = first && exists('<', first) ? cursorFor(q.list, first, 'p') : '';
  const total = db
    .prepare(`SELECT count(*) FROM ${q.from} WHERE (${q.where})`)
    .pluck()
    .get(...q.params) as number;

  return { rows, meta: { total, links: { next, prev } } };
}

function cursorFor(list: string, row: KeyRow, d: 'n' | 'p'): string {
  return encodeCursor({ l: list, t: row.created_at, i: row.id, d });
}
