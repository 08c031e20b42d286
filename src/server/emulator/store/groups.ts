import { randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type { Group, GroupMembership, GroupValues } from '../../../shared/schemas/group';
import type { UserSummary } from '../../../shared/schemas/user';
import { conflict, notFound } from './store-error';
import type { WriteContext } from './write-context';
import type { Db } from './database';
import { addLink, linkedRows, removeLink } from './links';
import { paginate } from './pagination';
import { findOrgRow, orgRows, refuseWhileReferenced, requireOrgRow } from './records';
import { apiTime } from './time';
import { USER_NOT_FOUND, requireUserRow } from './users';
import { NOT_FOUND } from '../not-found';

export const GROUP_NOT_FOUND = NOT_FOUND.group;

export interface GroupRow {
  id: string;
  org_id: string;
  display_name: string;
  description: string;
  created_at: string;
}

/** Members of each given group, in the order they were added (rowid breaks equal timestamps). */
function membersOfGroups(db: Db, groups: { id: string }[]): Map<string, UserSummary[]> {
  const groupIds = groups.map((g) => g.id);
  const byGroup = new Map<string, UserSummary[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = db
    .prepare(
      `SELECT gm.group_id, u.id, u.name, u.email
         FROM group_members gm JOIN users u ON u.id = gm.user_id
        WHERE gm.group_id IN (SELECT value FROM json_each(?))
        ORDER BY gm.added_at, gm.rowid`,
    )
    .all(JSON.stringify(groupIds)) as (UserSummary & { group_id: string })[];
  for (const { group_id, ...member } of rows) byGroup.get(group_id)?.push(member);
  return byGroup;
}

export function toGroups(db: Db, rows: GroupRow[]): Group[] {
  const members = membersOfGroups(db, rows);
  return rows.map((g) => ({
    id: g.id,
    display_name: g.display_name,
    description: g.description,
    members: members.get(g.id) ?? [],
    date_created: apiTime(g.created_at),
  }));
}

export function listGroups(db: Db, orgId: string, query: ListQuery) {
  const { rows, meta } = paginate<GroupRow>(db, orgRows('groups', orgId), query);
  return { groups: toGroups(db, rows), meta };
}

/** The groups one user belongs to, in group creation order. */
export function listGroupsOfUser(db: Db, orgId: string, userId: string, query: ListQuery) {
  const { rows, meta } = paginate<GroupRow>(
    db,
    linkedRows('user-groups', userId, { orgId }),
    query,
  );
  return { groups: toGroups(db, rows), meta };
}

export function requireGroupRow(db: Db, orgId: string, id: string): GroupRow {
  return requireOrgRow<GroupRow>(db, 'groups', orgId, id, GROUP_NOT_FOUND);
}

export function findGroup(db: Db, orgId: string, id: string): Group | null {
  const row = findOrgRow<GroupRow>(db, 'groups', orgId, id);
  return row ? (toGroups(db, [row])[0] ?? null) : null;
}

function assertNameFree(db: Db, orgId: string, name: string, exceptId: string | null) {
  const taken = db
    .prepare(
      'SELECT 1 FROM groups WHERE org_id = ? AND lower(display_name) = lower(?) AND id IS NOT ?',
    )
    .get(orgId, name, exceptId);
  if (taken) throw conflict(`a group named "${name}" already exists`);
}

export function createGroup(db: Db, ctx: WriteContext, values: GroupValues): Group {
  const id = randomUUID();
  db.transaction(() => {
    assertNameFree(db, ctx.orgId, values.display_name, null);
    db.prepare(
      'INSERT INTO groups (id, org_id, display_name, description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, ctx.orgId, values.display_name, values.description, ctx.at, ctx.userId);
  })();
  return toGroups(db, [requireGroupRow(db, ctx.orgId, id)])[0]!;
}

export function updateGroup(db: Db, ctx: WriteContext, id: string, values: GroupValues): Group {
  return db.transaction(() => {
    requireGroupRow(db, ctx.orgId, id);
    assertNameFree(db, ctx.orgId, values.display_name, id);
    db.prepare('UPDATE groups SET display_name = ?, description = ? WHERE id = ?').run(
      values.display_name,
      values.description,
      id,
    );
    return toGroups(db, [requireGroupRow(db, ctx.orgId, id)])[0]!;
  })();
}

/** Hard delete; memberships, assignments and trusts naming the group go with it (FK cascade). */
export function deleteGroup(db: Db, ctx: WriteContext, id: string): void {
  db.transaction(() => {
    const row = requireGroupRow(db, ctx.orgId, id);
    refuseWhileReferenced(
      `group "${row.display_name}" is still referenced and cannot be deleted`,
      () => db.prepare('DELETE FROM groups WHERE id = ?').run(id),
    );
  })();
}

/** Members as user summaries, paged in user creation order; the cursor is this group's own. */
export function listMembers(db: Db, orgId: string, groupId: string, query: ListQuery) {
  requireGroupRow(db, orgId, groupId);
  const select = 't.id, t.name, t.email, t.created_at';
  const members = linkedRows('group-members', groupId, { orgId, select });
  const { rows, meta } = paginate<UserSummary & { created_at: string }>(db, members, query);
  return { members: rows.map(({ id, name, email }) => ({ id, name, email })), meta };
}

export function addMember(
  db: Db,
  ctx: WriteContext,
  groupId: string,
  userId: string,
): GroupMembership {
  return db.transaction(() => {
    const group = requireGroupRow(db, ctx.orgId, groupId);
    const user = requireUserRow(db, ctx.orgId, userId);
    if (!addLink(db, 'group_members', groupId, userId, ctx)) {
      throw conflict(`"${user.name}" is already a member of "${group.display_name}"`);
    }
    return {
      group_id: group.id,
      group_name: group.display_name,
      user_id: user.id,
      user_name: user.name,
      date_added: apiTime(ctx.at),
    };
  })();
}

export function removeMember(db: Db, ctx: WriteContext, groupId: string, userId: string): void {
  db.transaction(() => {
    requireGroupRow(db, ctx.orgId, groupId);
    if (!removeLink(db, 'group_members', groupId, userId)) throw notFound(USER_NOT_FOUND);
  })();
}

/** The ids of the groups a user is a member of. */
export function groupIdsOfUser(db: Db, userId: string): string[] {
  return db
    .prepare('SELECT group_id FROM group_members WHERE user_id = ?')
    .pluck()
    .all(userId) as string[];
}
