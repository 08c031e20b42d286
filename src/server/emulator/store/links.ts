import type { Db } from './database';
import type { KeysetQuery } from './pagination';
import type { OrgTable } from './records';
import type { WriteContext } from './write-context';

/**
 * Links between two records, each kept as a row of a link table: a group's members, the policies
 * attached to a role, a user, or a group, and the users and groups holding a role. Every store
 * adds, removes and pages them through these few functions.
 */

/** Each link table: the column naming the owner side, the one naming the other, and its stamp. */
export const LINK_TABLES = {
  group_members: { owner: 'group_id', other: 'user_id', stamp: 'added' },
  role_policies: { owner: 'role_id', other: 'policy_id', stamp: 'assigned' },
  role_users: { owner: 'role_id', other: 'user_id', stamp: 'assigned' },
  role_groups: { owner: 'role_id', other: 'group_id', stamp: 'assigned' },
  policy_users: { owner: 'policy_id', other: 'user_id', stamp: 'assigned' },
  policy_groups: { owner: 'policy_id', other: 'group_id', stamp: 'assigned' },
} as const;
export type LinkTable = keyof typeof LINK_TABLES;

/** Links the owner (a group, role or policy) to the other record; false when it already was. */
export function addLink(
  db: Db,
  table: LinkTable,
  ownerId: string,
  otherId: string,
  ctx: WriteContext,
): boolean {
  const { owner, other, stamp } = LINK_TABLES[table];
  const added = db
    .prepare(
      `INSERT INTO ${table} (${owner}, ${other}, ${stamp}_at, ${stamp}_by) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    )
    .run(ownerId, otherId, ctx.at, ctx.userId);
  return added.changes > 0;
}

/** Removes the link; false when there was none. */
export function removeLink(db: Db, table: LinkTable, ownerId: string, otherId: string): boolean {
  const { owner, other } = LINK_TABLES[table];
  const removed = db
    .prepare(`DELETE FROM ${table} WHERE ${owner} = ? AND ${other} = ?`)
    .run(ownerId, otherId);
  return removed.changes > 0;
}

interface LinkedListSpec {
  link: LinkTable;
  from: 'owner' | 'other';
  table: OrgTable;
  byLinkTime: boolean;
}
/**
 * The lists of records reached through a link table, by the name their cursors carry: from which
 * side the list is read, which table it lists, and whether it is paged in the order the links
 * were made (the link's time then stands in for the row's creation time) or the rows were.
 */
const LINKED_LISTS = {
  'user-groups': { link: 'group_members', from: 'other', table: 'groups', byLinkTime: false },
  'group-members': { link: 'group_members', from: 'owner', table: 'users', byLinkTime: false },
  'role-policies': { link: 'role_policies', from: 'owner', table: 'policies', byLinkTime: false },
  'role-users': { link: 'role_users', from: 'owner', table: 'users', byLinkTime: false },
  'role-groups': { link: 'role_groups', from: 'owner', table: 'groups', byLinkTime: false },
  'policy-users': { link: 'policy_users', from: 'owner', table: 'users', byLinkTime: true },
  'policy-groups': { link: 'policy_groups', from: 'owner', table: 'groups', byLinkTime: true },
} as const satisfies Record<string, LinkedListSpec>;
export type LinkedList = keyof typeof LINKED_LISTS;

export interface LinkedRowsFilter {
  /** Only rows of this organization. */
  orgId?: string;
  /** Leave out soft-deleted rows. */
  live?: boolean;
  /**
   * What to read: columns of the listed row as `t.…` and of the link as `l.…`. Paged by link
   * time, it must name each column `AS` itself and leave out `created_at`.
   */
  select?: string;
}

/** Which rows one owner's links reach (e.g. a group's members), for `paginate`. */
export function linkedRows(list: LinkedList, ownerId: string, filter: LinkedRowsFilter = {}) {
  const spec = LINKED_LISTS[list];
  const columns = LINK_TABLES[spec.link];
  const [near, far] =
    spec.from === 'owner' ? [columns.owner, columns.other] : [columns.other, columns.owner];
  const joined = `${spec.link} l JOIN ${spec.table} t ON t.id = l.${far}`;
  const where = [
    `l.${near} = ?`,
    ...(filter.orgId === undefined ? [] : ['t.org_id = ?']),
    ...(filter.live ? ['t.deleted_at IS NULL'] : []),
  ].join(' AND ');
  const params = [ownerId, ...(filter.orgId === undefined ? [] : [filter.orgId])];
  const select = filter.select ?? 't.*';
  const keyset = spec.byLinkTime
    ? {
        from: `(SELECT ${select}, l.${columns.stamp}_at AS created_at FROM ${joined} WHERE ${where}) a`,
        alias: 'a',
        where: 'TRUE',
      }
    : { from: joined, alias: 't', where, select };
  return { list: `${list}:${ownerId}`, params, ...keyset } satisfies KeysetQuery;
}
