/**
 * The one table of the Vultr IAM v2 routes the console uses: method, path, the action a caller
 * needs, and whose route it is — [V] Vultr's (shown by govultr, the OpenAPI description or
 * docs.vultr.com) or [E] the emulator's own addition, which live Vultr answers with 404. No other
 * file spells a /v2 path.
 *
 * This file has no runtime imports, so the browser's first page can name routes without loading
 * the reply schemas; `contract.ts` pairs each route with the schema its reply is read with.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Source = 'V' | 'E';

/**
 * Who may always use a route whatever their policies (spec §9): a caller on its own user (`user`,
 * the path's `userId`), or on its own session (`session`, the session the path's token names).
 */
export type SelfRule = 'user' | 'session';

export interface RouteInfo<N extends string = string> {
  /** The route's key in ROUTES (and in the contract's API table). */
  readonly name: N;
  readonly method: Method;
  /** Under `/v2`, with `{name}` for each path parameter. */
  readonly path: string;
  /**
   * The IAM action a caller's policies must allow (spec §9); `null`: any authenticated caller
   * (its own organizations and `/users/me` views).
   */
  readonly action: string | null;
  /** The path parameter naming the resource the action is on; absent: `*` (a collection). */
  readonly resource?: string;
  /** The caller may use the route on itself without the action. */
  readonly self?: SelfRule;
  /** The resource is in the request body: the handler checks the action itself. */
  readonly checkedInHandler?: boolean;
  readonly source: Source;
  /** Replies that may carry session tokens: never kept, never logged. */
  readonly secrets?: boolean;
}

type Options = { source?: Source; self?: SelfRule; checkedInHandler?: boolean; secrets?: boolean };

function at(method: Method, path: string, action: string | null, more: Options = {}) {
  // The resource is the first id in the path; a session token is never one (it must not appear
  // in a refusal), so token routes act on `*` and name their session through `self`.
  const first = /\{(\w+)\}/.exec(path)?.[1];
  const resource = first && first !== 'token' ? { resource: first } : {};
  return { method, path, action, ...resource, source: more.source ?? 'V', ...more };
}

/** Each entry of a table, stamped with its own key as `name`. */
function named<T extends Record<string, Omit<RouteInfo, 'name'>>>(
  table: T,
): { readonly [K in keyof T & string]: RouteInfo<K> } {
  return Object.fromEntries(
    Object.entries(table).map(([name, info]) => [name, { name, ...info }]),
  ) as { readonly [K in keyof T & string]: RouteInfo<K> };
}

export const ROUTES = named({
  // Organization
  listOrganizations: at('GET', '/organizations', null),

  // Roles
  listRoles: at('GET', '/roles', 'iam.role.List'),
  createRole: at('POST', '/roles', 'iam.role.Create'),
  readRole: at('GET', '/roles/{roleId}', 'iam.role.Read'),
  updateRole: at('PUT', '/roles/{roleId}', 'iam.role.Update'),
  deleteRole: at('DELETE', '/roles/{roleId}', 'iam.role.Delete'),
  restoreRole: at('PATCH', '/roles/{roleId}/restore', 'iam.role.Restore'),
  listRolePolicies: at('GET', '/roles/{roleId}/policies', 'iam.role.Read'),
  attachRolePolicy: at('POST', '/roles/{roleId}/policies/{policyId}', 'iam.role.AttachPolicy'),
  detachRolePolicy: at('DELETE', '/roles/{roleId}/policies/{policyId}', 'iam.role.DetachPolicy'),
  listRoleUsers: at('GET', '/roles/{roleId}/users', 'iam.role.Read'),
  attachRoleUser: at('POST', '/roles/{roleId}/users/{userId}', 'iam.role.AttachUser'),
  detachRoleUser: at('DELETE', '/roles/{roleId}/users/{userId}', 'iam.role.DetachUser'),
  listRoleGroups: at('GET', '/roles/{roleId}/groups', 'iam.role.Read'),
  attachRoleGroup: at('POST', '/roles/{roleId}/groups/{groupId}', 'iam.role.AttachGroup'),
  detachRoleGroup: at('DELETE', '/roles/{roleId}/groups/{groupId}', 'iam.role.DetachGroup'),

  // Role trusts
  listTrusts: at('GET', '/role-trusts', 'iam.roletrust.List'),
  createTrust: at('POST', '/role-trusts', 'iam.roletrust.Create'),
  readTrust: at('GET', '/role-trusts/{trustId}', 'iam.roletrust.Read'),
  updateTrust: at('PUT', '/role-trusts/{trustId}', 'iam.roletrust.Update'),
  deleteTrust: at('DELETE', '/role-trusts/{trustId}', 'iam.roletrust.Delete'),
  restoreTrust: at('PATCH', '/role-trusts/{trustId}/restore', 'iam.roletrust.Restore'),
  listTrustsByRole: at('GET', '/role-trusts/by-role/{roleId}', 'iam.roletrust.List'),
  listAssumable: at('GET', '/role-trusts/assumable/{userId}', 'iam.roletrust.List', {
    self: 'user',
  }),

  // Assumed roles (sessions): addressed by token, listed per user.
  assume: at('POST', '/assumed-roles/assume', 'iam.role.AssumeRole', {
    secrets: true,
    checkedInHandler: true,
  }),
  readSession: at('GET', '/assumed-roles/{token}', 'iam.assumedrole.Read', {
    self: 'session',
    secrets: true,
  }),
  revokeSession: at('DELETE', '/assumed-roles/{token}', 'iam.assumedrole.Delete', {
    self: 'session',
  }),
  listUserSessions: at('GET', '/assumed-roles/users/{userId}/sessions', 'iam.assumedrole.List', {
    self: 'user',
    secrets: true,
  }),
  /** [E] The emulator lists a role's sessions in one call; Vultr lists sessions per user only. */
  listRoleSessions: at('GET', '/assumed-roles', 'iam.assumedrole.List', {
    source: 'E',
    secrets: true,
  }),

  // Policies
  listPolicies: at('GET', '/policies', 'iam.policy.List'),
  createPolicy: at('POST', '/policies', 'iam.policy.Create'),
  readPolicy: at('GET', '/policies/{policyId}', 'iam.policy.Read'),
  /** Answers the policy (govultr) or an empty 2xx (OpenAPI), read as `null`: refetch. */
  updatePolicy: at('PUT', '/policies/{policyId}', 'iam.policy.Update'),
  deletePolicy: at('DELETE', '/policies/{policyId}', 'iam.policy.Delete'),
  restorePolicy: at('PATCH', '/policies/{policyId}/restore', 'iam.policy.Restore'),
  listPolicyUsers: at('GET', '/policies/{policyId}/users', 'iam.policy.Read'),
  attachPolicyUser: at('POST', '/policies/{policyId}/users/{userId}', 'iam.policy.AttachUser'),
  detachPolicyUser: at('DELETE', '/policies/{policyId}/users/{userId}', 'iam.policy.DetachUser'),
  listPolicyGroups: at('GET', '/policies/{policyId}/groups', 'iam.policy.Read'),
  attachPolicyGroup: at('POST', '/policies/{policyId}/groups/{groupId}', 'iam.policy.AttachGroup'),
  detachPolicyGroup: at(
    'DELETE',
    '/policies/{policyId}/groups/{groupId}',
    'iam.policy.DetachGroup',
  ),

  // Users
  listUsers: at('GET', '/users', 'iam.user.List'),
  createUser: at('POST', '/users', 'iam.user.Create'),
  /** [E] Vultr documents only the caller's /users/me/groups|roles|policies views. */
  readMe: at('GET', '/users/me', null, { source: 'E' }),
  myGroups: at('GET', '/users/me/groups', null),
  myRoles: at('GET', '/users/me/roles', null),
  myPolicies: at('GET', '/users/me/policies', null),
  readUser: at('GET', '/users/{userId}', 'iam.user.Read', { self: 'user' }),
  updateUser: at('PATCH', '/users/{userId}', 'iam.user.Update'),
  deleteUser: at('DELETE', '/users/{userId}', 'iam.user.Delete'),
  userGroups: at('GET', '/users/{userId}/groups', 'iam.user.Read', { self: 'user' }),
  userRoles: at('GET', '/users/{userId}/roles', 'iam.user.Read', { self: 'user' }),
  userPolicies: at('GET', '/users/{userId}/policies', 'iam.user.Read', { self: 'user' }),

  // Groups
  listGroups: at('GET', '/groups', 'iam.group.List'),
  createGroup: at('POST', '/groups', 'iam.group.Create'),
  readGroup: at('GET', '/groups/{groupId}', 'iam.group.Read'),
  updateGroup: at('PUT', '/groups/{groupId}', 'iam.group.Update'),
  deleteGroup: at('DELETE', '/groups/{groupId}', 'iam.group.Delete'),
  listGroupMembers: at('GET', '/groups/{groupId}/members', 'iam.group.Read'),
  addGroupMember: at('POST', '/groups/{groupId}/members', 'iam.group.AddMember'),
  removeGroupMember: at('DELETE', '/groups/{groupId}/members/{userId}', 'iam.group.RemoveMember'),
  groupRoles: at('GET', '/groups/{groupId}/roles', 'iam.group.ListRoles'),
  groupPolicies: at('GET', '/groups/{groupId}/policies', 'iam.group.ListPolicies'),

  // OIDC issuers
  listIssuers: at('GET', '/oidc/issuer', 'oidc.issuer.List'),
  createIssuer: at('POST', '/oidc/issuer', 'oidc.issuer.Create'),
  readIssuer: at('GET', '/oidc/issuer/{issuerId}', 'oidc.issuer.Read'),
  deleteIssuer: at('DELETE', '/oidc/issuer/{issuerId}', 'oidc.issuer.Delete'),
  issuerJwks: at('GET', '/oidc/issuer/{issuerId}/jwks', 'oidc.issuer.Read'),
});

export type RouteName = keyof typeof ROUTES;

/** The parameters a path template names: `'/roles/{roleId}'` → `{ roleId: string }`. */
export type ParamsOf<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof ParamsOf<Rest>]: string }
  : Record<never, string>;

/** The STS-compatible endpoint (form in, XML out; sts-wire.md), beside the JSON routes. */
export const STS_PATH = '/assumed-roles/compatibility/aws/sts';
/** The same, as a path from the host: `/v2` + STS_PATH. */
export const STS_V2_PATH = `/v2${STS_PATH}`;

/** `/v2` + the route's path with each parameter filled in (encoded) and an optional query. */
export function pathOf(
  r: Pick<RouteInfo, 'path'>,
  params: Record<string, string> = {},
  query?: Record<string, string | undefined>,
): string {
  const path = r.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`${r.path}: ${name} is missing`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) search.set(k, v);
  const qs = search.toString();
  return `/v2${path}${qs ? `?${qs}` : ''}`;
}
