import { randomUUID } from 'node:crypto';
import type { ListQuery } from '../../../shared/schemas/common';
import type {
  Policy,
  PolicyDocument,
  PolicyGroupAttachment,
  PolicyUserAttachment,
  PolicyValues,
} from '../../../shared/schemas/policy';
import type { WriteContext } from './write-context';
import type { Db } from './database';
import { conflict, notFound, refused } from './store-error';
import { paginate } from './pagination';
import { apiTime } from './time';
import { NOT_FOUND } from '../not-found';

export const POLICY_NOT_FOUND = NOT_FOUND.policy;
export const USER_NOT_FOUND = NOT_FOUND.user;
export const GROUP_NOT_FOUND = NOT_FOUND.group;

export interface PolicyRow {
  id: string;
  org_id: string;
  name: string;
  description: string;
  document: string;
  version: string;
  is_system: number;
  created_at: string;
}

interface PolicyStateRow extends PolicyRow {
  deleted_at: string | null;
}

export function policyFromRow(row: PolicyRow): Policy {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    policy_document: JSON.parse(row.document) as PolicyDocument,
    version: row.version,
    is_system_policy: row.is_system === 1,
    date_created: apiTime(row.created_at),
  };
}

/** Live policies attached to each of the given roles, in attachment order. */
export function policiesOfRoles(db: Db, roleIds: string[]): Map<string, Policy[]> {
  const byRole = new Map<string, Policy[]>(roleIds.map((id) => [id, []]));
  if (roleIds.length === 0) return byRole;
  const rows = db
    .prepare(
      `SELECT rp.role_id AS role_id, p.*
         FROM role_policies rp JOIN policies p ON p.id = rp.policy_id
        WHERE rp.role_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL
        ORDER BY rp.assigned_at, p.id`,
    )
    .all(JSON.stringify(roleIds)) as (PolicyRow & { role_id: string })[];
  for (const row of rows) byRole.get(row.role_id)?.push(policyFromRow(row));
  return byRole;
}

// ---- Policies ----

export function listPolicies(db: Db, orgId: string, query: ListQuery) {
  const { rows, meta } = paginate<PolicyRow>(
    db,
    {
      list: 'policies',
      from: 'policies p',
      alias: 'p',
      where: 'p.org_id = ? AND p.deleted_at IS NULL',
      params: [orgId],
    },
    query,
  );
  return { policies: rows.map(policyFromRow), meta };
}

function policyRow(db: Db, orgId: string, id: string): PolicyStateRow | undefined {
  return db.prepare('SELECT * FROM policies WHERE id = ? AND org_id = ?').get(id, orgId) as
    PolicyStateRow | undefined;
}

/** A live policy row, or 404. */
function livePolicyRow(db: Db, orgId: string, id: string): PolicyStateRow {
  const row = policyRow(db, orgId, id);
  if (!row || row.deleted_at !== null) throw notFound(POLICY_NOT_FOUND);
  return row;
}

export function findPolicy(db: Db, orgId: string, id: string): Policy | null {
  const row = policyRow(db, orgId, id);
  return row && row.deleted_at === null ? policyFromRow(row) : null;
}

function refuseSystem(row: PolicyRow, verb: string) {
  if (row.is_system === 1) {
    throw refused(`${row.name} is a system policy and cannot be ${verb}`);
  }
}

/** 409 when another live policy of the organization already has this name (ignoring case). */
function assertNameFree(db: Db, orgId: string, name: string, exceptId: string | null) {
  const clash = db
    .prepare(
      `SELECT name FROM policies
        WHERE org_id = ? AND lower(name) = lower(?) AND deleted_at IS NULL AND id IS NOT ?`,
    )
    .pluck()
    .get(orgId, name, exceptId) as string | undefined;
  if (clash !== undefined) throw conflict(`a policy named "${clash}" already exists`);
}

export function createPolicy(db: Db, ctx: WriteContext, input: PolicyValues): Policy {
  return db.transaction(() => {
    assertNameFree(db, ctx.orgId, input.name, null);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO policies (id, org_id, name, description, document, version, is_system, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    ).run(
      id,
      ctx.orgId,
      input.name,
      input.description,
      JSON.stringify(input.policy_document),
      input.policy_document.Version,
      ctx.at,
      ctx.userId,
    );
    return policyFromRow(livePolicyRow(db, ctx.orgId, id));
  })();
}

/**
 * Parsed policy documents by id, per store: authorization reads the same few policies on every
 * request. A document changes only through updatePolicy, which drops its entry.
 */
const documents = new WeakMap<Db, Map<string, PolicyDocument>>();
const DOCUMENTS_KEPT = 5000;

/** A policy's document, parsed once. */
export function policyDocument(db: Db, id: string): PolicyDocument {
  let cache = documents.get(db);
  if (!cache) {
    cache = new Map();
    documents.set(db, cache);
  }
  let doc = cache.get(id);
  if (!doc) {
    if (cache.size >= DOCUMENTS_KEPT) cache.clear();
    const text = db.prepare('SELECT document FROM policies WHERE id = ?').pluck().get(id) as string;
    doc = JSON.parse(text) as PolicyDocument;
    cache.set(id, doc);
  }
  return doc;
}

export function updatePolicy(db: Db, ctx: WriteContext, id: string, input: PolicyValues): Policy {
  return db.transaction(() => {
    const row = livePolicyRow(db, ctx.orgId, id);
    refuseSystem(row, 'updated');
    assertNameFree(db, ctx.orgId, input.name, id);
    db.prepare(
      `UPDATE policies SET name = ?, description = ?, document = ?, version = ?, updated_at = ?, updated_by = ?
        WHERE id = ?`,
    ).run(
      input.name,
      input.description,
      JSON.stringify(input.policy_document),
      input.policy_document.Version,
      ctx.at,
      ctx.userId,
      id,
    );
    documents.get(db)?.delete(id);
    return policyFromRow(livePolicyRow(db, ctx.orgId, id));
  })();
}

/** Soft delete: attachments stay, so a restore brings the policy back where it was. */
export function deletePolicy(db: Db, ctx: WriteContext, id: string): void {
  db.transaction(() => {
    const row = livePolicyRow(db, ctx.orgId, id);
    refuseSystem(row, 'deleted');
    db.prepare('UPDATE policies SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(
      ctx.at,
      ctx.userId,
      id,
    );
  })();
}

/** Brings a soft-deleted policy back; a live one is answered unchanged. */
export function restorePolicy(db: Db, ctx: WriteContext, id: string): Policy {
  return db.transaction(() => {
    const row = policyRow(db, ctx.orgId, id);
    if (!row) throw notFound(POLICY_NOT_FOUND);
    refuseSystem(row, 'restored');
    if (row.deleted_at !== null) {
      assertNameFree(db, ctx.orgId, row.name, id);
      db.prepare(
        `UPDATE policies SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ?
          WHERE id = ?`,
      ).run(ctx.at, ctx.userId, id);
    }
    return policyFromRow(livePolicyRow(db, ctx.orgId, id));
  })();
}

// ---- Direct user attachments ----

interface UserRow {
  id: string;
  name: string;
  email: string;
}

function userRow(db: Db, orgId: string, userId: string): UserRow {
  const row = db
    .prepare('SELECT id, name, email FROM users WHERE id = ? AND org_id = ?')
    .get(userId, orgId) as UserRow | undefined;
  if (!row) throw notFound(USER_NOT_FOUND);
  return row;
}

/** Users the policy is attached to directly, in attachment order. */
export function listPolicyUsers(db: Db, orgId: string, policyId: string, query: ListQuery) {
  livePolicyRow(db, orgId, policyId);
  const { rows, meta } = paginate<UserRow & { created_at: string }>(
    db,
    {
      list: `policy-users:${policyId}`,
      from: `(SELECT u.id AS id, u.name AS name, u.email AS email,
                     pu.assigned_at AS created_at, pu.policy_id AS policy_id
                FROM policy_users pu JOIN users u ON u.id = pu.user_id) a`,
      alias: 'a',
      where: 'a.policy_id = ?',
      params: [policyId],
    },
    query,
  );
  return { users: rows.map(({ id, name, email }) => ({ id, name, email })), meta };
}

// ---- Group attachments ----

interface GroupRow {
  id: string;
  display_name: string;
  description: string;
}

function groupRow(db: Db, orgId: string, groupId: string): GroupRow {
  const row = db
    .prepare('SELECT id, display_name, description FROM groups WHERE id = ? AND org_id = ?')
    .get(groupId, orgId) as GroupRow | undefined;
  if (!row) throw notFound(GROUP_NOT_FOUND);
  return row;
}

/** Groups the policy is attached to, in attachment order. */
export function listPolicyGroups(db: Db, orgId: string, policyId: string, query: ListQuery) {
  livePolicyRow(db, orgId, policyId);
  const { rows, meta } = paginate<GroupRow & { created_at: string }>(
    db,
    {
      list: `policy-groups:${policyId}`,
      from: `(SELECT g.id AS id, g.display_name AS display_name, g.description AS description,
                     pg.assigned_at AS created_at, pg.policy_id AS policy_id
                FROM policy_groups pg JOIN groups g ON g.id = pg.group_id) a`,
      alias: 'a',
      where: 'a.policy_id = ?',
      params: [policyId],
    },
    query,
  );
  return {
    groups: rows.map(({ id, display_name, description }) => ({ id, display_name, description })),
    meta,
  };
}

// ---- Attaching and detaching: the same for users and groups ----

const HOLDERS = {
  user: { table: 'policy_users', column: 'user_id', find: userRow, name: (r: UserRow) => r.name },
  group: {
    table: 'policy_groups',
    column: 'group_id',
    find: groupRow,
    name: (r: GroupRow) => r.display_name,
  },
} as const;
type Holder = keyof typeof HOLDERS;

function holderOf(db: Db, orgId: string, kind: Holder, id: string) {
  const h = HOLDERS[kind];
  const row = h.find(db, orgId, id);
  return { id: row.id, name: (h.name as (r: typeof row) => string)(row) };
}

function attach(db: Db, ctx: WriteContext, kind: Holder, policyId: string, holderId: string) {
  const h = HOLDERS[kind];
  return db.transaction(() => {
    const policy = livePolicyRow(db, ctx.orgId, policyId);
    const holder = holderOf(db, ctx.orgId, kind, holderId);
    const at = ctx.at;
    const added = db
      .prepare(
        `INSERT INTO ${h.table} (policy_id, ${h.column}, assigned_at, assigned_by) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(policy.id, holder.id, at, ctx.userId);
    if (added.changes === 0) {
      throw conflict(`the policy ${policy.name} is already attached to the ${kind} ${holder.name}`);
    }
    return { policy, holder, at: apiTime(at) };
  })();
}

function detach(db: Db, ctx: WriteContext, kind: Holder, policyId: string, holderId: string) {
  const h = HOLDERS[kind];
  db.transaction(() => {
    const policy = livePolicyRow(db, ctx.orgId, policyId);
    const holder = holderOf(db, ctx.orgId, kind, holderId);
    const removed = db
      .prepare(`DELETE FROM ${h.table} WHERE policy_id = ? AND ${h.column} = ?`)
      .run(policy.id, holder.id);
    if (removed.changes === 0) {
      throw notFound(`the policy ${policy.name} is not attached to the ${kind} ${holder.name}`);
    }
  })();
}

export function attachPolicyToUser(
  db: Db,
  ctx: WriteContext,
  policyId: string,
  userId: string,
): PolicyUserAttachment {
  const { policy, holder, at } = attach(db, ctx, 'user', policyId, userId);
  return {
    policy_id: policy.id,
    policy_name: policy.name,
    user_id: holder.id,
    user_name: holder.name,
    date_assigned: at,
    assigned_by: ctx.userId,
  };
}

export function attachPolicyToGroup(
  db: Db,
  ctx: WriteContext,
  policyId: string,
  groupId: string,
): PolicyGroupAttachment {
  const { policy, holder, at } = attach(db, ctx, 'group', policyId, groupId);
  return {
    policy_id: policy.id,
    policy_name: policy.name,
    group_id: holder.id,
    group_name: holder.name,
    date_assigned: at,
    assigned_by: ctx.userId,
  };
}

export function detachPolicyFromUser(db: Db, ctx: WriteContext, policyId: string, userId: string) {
  detach(db, ctx, 'user', policyId, userId);
}

export function detachPolicyFromGroup(
  db: Db,
  ctx: WriteContext,
  policyId: string,
  groupId: string,
) {
  detach(db, ctx, 'group', policyId, groupId);
}
