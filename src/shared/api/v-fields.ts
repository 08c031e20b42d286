import type { RouteName } from './contract';

/**
 * The fields of each reply that Vultr's own sources show ([V]: govultr, the OpenAPI description,
 * docs.vultr.com), route by route. Anything a reply carries beyond these is an emulator addition
 * ([E]) that live Vultr omits. A contract-minimal upstream keeps exactly these fields, so the
 * console is tried against nothing more than Vultr promises.
 *
 * The shape language:
 * - an object maps each field kept to the shape of its value (fields not named are dropped);
 * - `[shape]` is a list whose items all have that shape;
 * - `true` keeps the value whole (a policy document, a trust's conditions).
 * A route whose reply carries no body (204) is `'no-body'`. Routes that are the emulator's own
 * ([E] in the contract table) have no entry: live Vultr answers them with 404.
 */
export type Shape = true | readonly [Shape] | { readonly [field: string]: Shape };
export type ReplyShape = Shape | 'no-body';

/** `{a: true, b: true, …}`: fields kept whole. */
const keep = (...names: string[]): Record<string, true> =>
  Object.fromEntries(names.map((n) => [n, true as const]));

const meta = { total: true, links: keep('next', 'prev') } as const;
const list = (key: string, item: Shape): Shape => ({ [key]: [item], meta });

const policy = keep(
  'id',
  'name',
  'description',
  'policy_document',
  'version',
  'is_system_policy',
  'date_created',
);

/** A policy attached to a role (the attachment record, spec §2). */
const rolePolicyAttachment = keep(
  'role_id',
  'role_name',
  'role_description',
  'role_type',
  'policy_id',
  'policy_name',
  'date_assigned',
  'assigned_by',
);

/** `role.policies` items: full policy objects (govultr) or relationship records (OpenAPI). */
const rolePolicy = { ...policy, ...rolePolicyAttachment };

const role = {
  ...keep('id', 'name', 'description', 'role_type', 'max_session_duration', 'date_created'),
  policies: [rolePolicy],
} as const;

/** A user holding a role, or a group holding one (spec §2). */
const assignment = keep(
  'user_id',
  'group_id',
  'group_name',
  'role_id',
  'role_name',
  'role_description',
  'role_type',
  'date_assigned',
);

const trust = keep(
  'id',
  'role_id',
  'role_name',
  'trust_type',
  'trusted_user_id',
  'user_display',
  'trusted_group_id',
  'group_display',
  'trusted_oidc_issuer_id',
  'trusted_oidc_issuer_source',
  'conditions',
  'valid_until',
  'date_created',
);

const session = keep(
  'id',
  'session_token',
  'role_id',
  'user_id',
  'oidc_issuer_id',
  'session_name',
  'auth_method',
  'remaining_duration',
  'conditions_met',
  'source_ip',
  'assumed_at',
  'expires_at',
);

const user = keep(
  'id',
  'name',
  'email',
  'api_enabled',
  'service_user',
  'acls',
  'first_name',
  'last_name',
  'status',
  'last_activity',
);

/** A user inside a group or a policy's user list: named by any of the three spellings. */
const member = keep('id', 'email', 'name', 'display_name', 'first_name', 'last_name');

const group = {
  ...keep('id', 'display_name', 'description', 'date_created'),
  members: [member],
} as const;

/** A group's role, as govultr decodes it (`display_name`; some replies say `name`). */
const groupRole = keep('id', 'name', 'display_name', 'description', 'role_type', 'date_assigned');

const issuer = keep(
  'id',
  'source',
  'uri',
  'kid',
  'kty',
  'n',
  'e',
  'alg',
  'use',
  'jwks_fetched_at',
  'jwks_expires_at',
);

const organization = keep('id', 'name', 'type', 'date_created');

const accessSets = (item: Shape): Shape => ({ all: [item], direct: [item], inherited: [item] });

/**
 * Replies of attach calls Vultr's sources do not describe field by field; the console reads
 * nothing from them, and they are kept as the emulator sends them.
 */
const policyUserAttachment = keep(
  'policy_id',
  'policy_name',
  'user_id',
  'user_name',
  'date_assigned',
  'assigned_by',
);
const policyGroupAttachment = keep(
  'policy_id',
  'policy_name',
  'group_id',
  'group_name',
  'date_assigned',
  'assigned_by',
);
const groupMembership = keep('group_id', 'group_name', 'user_id', 'user_name', 'date_added');

export const V_FIELDS: Partial<Record<RouteName, ReplyShape>> = {
  listOrganizations: list('organizations', organization),

  listRoles: list('roles', role),
  createRole: role,
  readRole: { role },
  updateRole: role,
  deleteRole: 'no-body',
  restoreRole: role,
  listRolePolicies: list('policies', policy),
  attachRolePolicy: rolePolicyAttachment,
  detachRolePolicy: 'no-body',
  listRoleUsers: list('assignments', assignment),
  attachRoleUser: assignment,
  detachRoleUser: 'no-body',
  listRoleGroups: list('assignments', assignment),
  attachRoleGroup: assignment,
  detachRoleGroup: 'no-body',

  listTrusts: list('role_trusts', trust),
  createTrust: trust,
  readTrust: { role_trust: trust },
  updateTrust: trust,
  deleteTrust: 'no-body',
  restoreTrust: trust,
  listTrustsByRole: list('role_trusts', trust),
  listAssumable: list('assumable_roles', trust),

  assume: session,
  readSession: { assumed_role: session },
  revokeSession: 'no-body',
  listUserSessions: list('sessions', session),

  listPolicies: list('policies', policy),
  createPolicy: policy,
  readPolicy: { policy },
  updatePolicy: policy,
  deletePolicy: 'no-body',
  restorePolicy: policy,
  listPolicyUsers: list('users', member),
  attachPolicyUser: policyUserAttachment,
  detachPolicyUser: 'no-body',
  listPolicyGroups: list('groups', keep('id', 'display_name', 'description')),
  attachPolicyGroup: policyGroupAttachment,
  detachPolicyGroup: 'no-body',

  listUsers: list('users', user),
  createUser: { ...user, api_key: true },
  myGroups: list('groups', group),
  myRoles: { roles: accessSets(role) },
  myPolicies: { policies: accessSets(policy) },
  readUser: { user },
  updateUser: user,
  deleteUser: 'no-body',
  userGroups: list('groups', group),
  userRoles: { roles: accessSets(role) },
  userPolicies: { policies: accessSets(policy) },

  listGroups: list('groups', group),
  createGroup: group,
  readGroup: { group },
  updateGroup: group,
  deleteGroup: 'no-body',
  listGroupMembers: list('members', member),
  addGroupMember: groupMembership,
  removeGroupMember: 'no-body',
  groupRoles: { roles: accessSets(groupRole) },
  groupPolicies: { policies: { direct: [policy], from_roles: [policy], all: [policy] } },

  listIssuers: list('issuers', issuer),
  createIssuer: issuer,
  readIssuer: { issuer },
  deleteIssuer: 'no-body',
  issuerJwks: true,
};

/**
 * `value` with only the fields `shape` names; `onRemoved` hears where each dropped field was
 * (e.g. `users[].date_created`). A value
 * whose kind differs from the shape's (a list where an object was described) is kept as it is.
 */
export function keepShape(
  shape: Shape,
  value: unknown,
  onRemoved: (path: string) => void = () => {},
  path = '',
): unknown {
  if (shape === true) return value;
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return value;
    const item = shape[0] as Shape;
    return value.map((v) => keepShape(item, v, onRemoved, `${path}[]`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const fields = shape as Readonly<Record<string, Shape>>;
  const out: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(value)) {
    const at = path ? `${path}.${field}` : field;
    const inner = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (inner === undefined) onRemoved(at);
    else out[field] = keepShape(inner, v, onRemoved, at);
  }
  return out;
}
