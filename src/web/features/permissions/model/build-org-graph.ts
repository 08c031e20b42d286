import type { OrgGraph } from '../../../../shared/iam/evaluate';
import type { PolicyDocument } from '../../../../shared/schemas/policy';

/**
 * The organization's lists as the API gives them, already loaded: each entity list, and for each
 * group, policy and assignable role the ids it names (members, holders). Nothing here says who
 * the organization owner is: no Vultr field does.
 */
export interface OrgLists {
  users: readonly { id: string; name: string; email: string }[];
  groups: readonly { id: string; display_name: string }[];
  policies: readonly { id: string; name: string; policy_document: PolicyDocument }[];
  roles: readonly {
    id: string;
    name: string;
    role_type: string;
    policies: readonly { id: string }[];
  }[];
  /** Group id → the ids of its members. */
  members: ReadonlyMap<string, readonly string[]>;
  /** Policy id → the users it is attached to directly. */
  policyUsers: ReadonlyMap<string, readonly string[]>;
  /** Policy id → the groups it is attached to. */
  policyGroups: ReadonlyMap<string, readonly string[]>;
  /** Assignable role id → the users holding it directly. */
  roleUsers: ReadonlyMap<string, readonly string[]>;
  /** Assignable role id → the groups holding it. */
  roleGroups: ReadonlyMap<string, readonly string[]>;
}

/** `assumable`, or anything else (read as assignable, as the rest of the console reads it). */
export const roleKind = (roleType: string): 'assignable' | 'assumable' =>
  roleType === 'assumable' ? 'assumable' : 'assignable';

/** Adds `value` under `key`, once. */
function collect(into: Map<string, string[]>, key: string, value: string) {
  const list = into.get(key);
  if (!list) into.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Turns lists keyed by the holder ("policy P is attached to users A and B") round to lists keyed
 * by the held-by ("user A holds P"), keeping only ids both sides know.
 */
function invert(
  byHolder: ReadonlyMap<string, readonly string[]>,
  holders: ReadonlySet<string>,
  heldBy: ReadonlySet<string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [holder, ids] of byHolder) {
    if (!holders.has(holder)) continue;
    for (const id of ids) if (heldBy.has(id)) collect(out, id, holder);
  }
  return out;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Builds the evaluator's view of the organization from the API's lists. Ids that point at nothing
 * loaded (a user removed between two requests, a policy deleted since) are dropped; names fall
 * back to the e-mail address or the id. Only assignable roles are held through users and groups.
 */
export function buildOrgGraph(lists: OrgLists): OrgGraph {
  const userIds = new Set(lists.users.map((u) => u.id));
  const groupIds = new Set(lists.groups.map((g) => g.id));
  const policyIds = new Set(lists.policies.map((p) => p.id));
  const assignable = new Set(
    lists.roles.filter((r) => roleKind(r.role_type) === 'assignable').map((r) => r.id),
  );

  const groupsOfUser = invert(lists.members, groupIds, userIds);
  const policiesOfUser = invert(lists.policyUsers, policyIds, userIds);
  const policiesOfGroup = invert(lists.policyGroups, policyIds, groupIds);
  const rolesOfUser = invert(lists.roleUsers, assignable, userIds);
  const rolesOfGroup = invert(lists.roleGroups, assignable, groupIds);

  return {
    policies: lists.policies.map((p) => ({
      id: p.id,
      name: p.name || p.id,
      document: p.policy_document,
    })),
    users: lists.users.map((u) => ({
      id: u.id,
      name: u.name || u.email || u.id,
      owner: false,
      groupIds: groupsOfUser.get(u.id) ?? [],
      policyIds: policiesOfUser.get(u.id) ?? [],
      roleIds: rolesOfUser.get(u.id) ?? [],
    })),
    groups: lists.groups.map((g) => ({
      id: g.id,
      name: g.display_name || g.id,
      policyIds: policiesOfGroup.get(g.id) ?? [],
      roleIds: rolesOfGroup.get(g.id) ?? [],
    })),
    roles: lists.roles.map((r) => ({
      id: r.id,
      name: r.name || r.id,
      type: roleKind(r.role_type),
      policyIds: unique(r.policies.map((p) => p.id).filter((id) => policyIds.has(id))),
    })),
  };
}
