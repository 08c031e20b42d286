import { randomUUID } from 'node:crypto';
import type { ListMeta, ListQuery } from '../../../shared/schemas/common';
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
import { addLink, linkedRows, removeLink } from './links';
import { paginate } from './pagination';
import { findOrgRow, orgRows, requireOrgRow, softDelete, undelete } from './records';
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
export function policiesOfRoles(db: Db, roles: { id: string }[]): Map<string, Policy[]> {
  const roleIds = roles.map((r) => r.id);
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
  const { rows, meta } = paginate<PolicyRow>(db, orgRows('policies', orgId, { live: true }), query);
  return { policies: rows.map(policyFromRow), meta };
}

/** A live policy row, or 404. */
function livePolicyRow(db: Db, orgId: string, id: string): PolicyStateRow {
  return requireOrgRow<PolicyStateRow>(db, 'policies', orgId, id, POLICY_NOT_FOUND, { live: true });
}

export function findPolicy(db: Db, orgId: string, id: string): Policy | null {
  const row = findOrgRow<PolicyRow>(db, 'policies', orgId, id, { live: true });
  return row ? policyFromRow(row) : null;
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
  return insertPolicy(db, ctx.orgId, input, { system: false, at: ctx.at, by: ctx.userId });
}

/**
 * Creates a system policy: one no user wrote, which cannot be changed or deleted through the API.
 * Only the demo seed makes them.
 */
export function createSystemPolicy(db: Db, orgId: string, input: PolicyValues, at: string): Policy {
  return insertPolicy(db, orgId, input, { system: true, at, by: null });
}

function insertPolicy(
  db: Db,
  orgId: string,
  input: PolicyValues,
  made: { system: boolean; at: string; by: string | null },
): Policy {
  return db.transaction(() => {
    assertNameFree(db, orgId, input.name, null);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO policies (id, org_id, name, description, document, version, is_system, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      orgId,
      input.name,
      input.description,
      JSON.stringify(input.policy_document),
      input.policy_document.Version,
      made.system ? 1 : 0,
      made.at,
      made.by,
    );
    return policyFromRow(livePolicyRow(db, orgId, id));
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
  softDelete(db, 'policies', ctx, id, () =>
    refuseSystem(livePolicyRow(db, ctx.orgId, id), 'deleted'),
  );
}

/** Brings a soft-deleted policy back; a live one is answered unchanged. */
export function restorePolicy(db: Db, ctx: WriteContext, id: string): Policy {
  return db.transaction(() => {
    const row = requireOrgRow<PolicyStateRow>(db, 'policies', ctx.orgId, id, POLICY_NOT_FOUND);
    refuseSystem(row, 'restored');
    if (row.deleted_at !== null) {
      assertNameFree(db, ctx.orgId, row.name, id);
      undelete(db, 'policies', ctx, id);
    }
    return policyFromRow(livePolicyRow(db, ctx.orgId, id));
  })();
}

// ---- Users and groups a policy is attached to: the same for both ----

const HOLDERS = {
  user: { link: 'policy_users', list: 'policy-users', table: 'users', fields: ['name', 'email'] },
  group: {
    link: 'policy_groups',
    list: 'policy-groups',
    table: 'groups',
    fields: ['display_name', 'description'],
  },
} as const;
const HOLDER_NOT_FOUND = { user: USER_NOT_FOUND, group: GROUP_NOT_FOUND } as const;
type Holder = keyof typeof HOLDERS;
type HolderItem<K extends Holder> = Record<'id' | (typeof HOLDERS)[K]['fields'][number], string>;

/** The users or groups the policy is attached to, in attachment order, as their summaries. */
function listHolders<K extends Holder>(
  db: Db,
  orgId: string,
  policyId: string,
  kind: K,
  query: ListQuery,
): { items: HolderItem<K>[]; meta: ListMeta } {
  livePolicyRow(db, orgId, policyId);
  const h = HOLDERS[kind];
  const columns: string[] = ['id', ...h.fields];
  const select = columns.map((c) => `t.${c} AS ${c}`).join(', ');
  const { rows, meta } = paginate<Record<string, string> & { created_at: string; id: string }>(
    db,
    linkedRows(h.list, policyId, { select }),
    query,
  );
  const items = rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])));
  return { items: items as HolderItem<K>[], meta };
}

export function listPolicyUsers(db: Db, orgId: string, policyId: string, query: ListQuery) {
  const { items, meta } = listHolders(db, orgId, policyId, 'user', query);
  return { users: items, meta };
}

export function listPolicyGroups(db: Db, orgId: string, policyId: string, query: ListQuery) {
  const { items, meta } = listHolders(db, orgId, policyId, 'group', query);
  return { groups: items, meta };
}

/** The user or group of the organization a policy is attached to or detached from, or 404. */
function holderOf(db: Db, orgId: string, kind: Holder, id: string) {
  const name = kind === 'user' ? 'name' : 'display_name';
  return requireOrgRow<{ id: string; name: string }>(
    db,
    HOLDERS[kind].table,
    orgId,
    id,
    HOLDER_NOT_FOUND[kind],
    { columns: `id, ${name} AS name` },
  );
}

/** Attaches and answers the record: the policy, then the user or group, then when and by whom. */
function attach(db: Db, ctx: WriteContext, kind: Holder, policyId: string, holderId: string) {
  return db.transaction(() => {
    const policy = livePolicyRow(db, ctx.orgId, policyId);
    const holder = holderOf(db, ctx.orgId, kind, holderId);
    if (!addLink(db, HOLDERS[kind].link, policy.id, holder.id, ctx)) {
      throw conflict(`the policy ${policy.name} is already attached to the ${kind} ${holder.name}`);
    }
    return {
      policy_id: policy.id,
      policy_name: policy.name,
      [`${kind}_id`]: holder.id,
      [`${kind}_name`]: holder.name,
      date_assigned: apiTime(ctx.at),
      assigned_by: ctx.userId,
    };
  })();
}

function detach(db: Db, ctx: WriteContext, kind: Holder, policyId: string, holderId: string) {
  db.transaction(() => {
    const policy = livePolicyRow(db, ctx.orgId, policyId);
    const holder = holderOf(db, ctx.orgId, kind, holderId);
    if (!removeLink(db, HOLDERS[kind].link, policy.id, holder.id)) {
      throw notFound(`the policy ${policy.name} is not attached to the ${kind} ${holder.name}`);
    }
  })();
}

export function attachPolicyToUser(db: Db, ctx: WriteContext, policyId: string, userId: string) {
  return attach(db, ctx, 'user', policyId, userId) as PolicyUserAttachment;
}

export function attachPolicyToGroup(db: Db, ctx: WriteContext, policyId: string, groupId: string) {
  return attach(db, ctx, 'group', policyId, groupId) as PolicyGroupAttachment;
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
