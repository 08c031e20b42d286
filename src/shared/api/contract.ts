import { z } from 'zod';
import {
  groupListSchema,
  groupMemberListSchema,
  groupPoliciesSchema,
  groupReadSchema,
  groupReplySchema,
  groupRolesSchema,
} from '../schemas/group';
import {
  jwksSchema,
  oidcIssuerListSchema,
  oidcIssuerReadSchema,
  oidcIssuerReplySchema,
} from '../schemas/oidc-issuer';
import { organizationListSchema } from '../schemas/organization';
import {
  policyGroupListSchema,
  policyListSchema,
  policyReadSchema,
  policyReplySchema,
  policyUserListSchema,
} from '../schemas/policy';
import { roleListSchema, roleReadSchema, roleReplySchema } from '../schemas/role';
import {
  assumableRolesSchema,
  roleTrustListSchema,
  roleTrustReadSchema,
  roleTrustReplySchema,
} from '../schemas/role-trust';
import { sessionCreatedSchema, sessionListSchema, sessionReadSchema } from '../schemas/session';
import {
  userCreatedSchema,
  userListSchema,
  userPoliciesSchema,
  userReadSchema,
  userRolesSchema,
} from '../schemas/user';
import { listOf, looseString } from './read';

/**
 * The one table of the Vultr IAM v2 routes the console uses: method, path, the schema its reply is
 * read with (accepting every variant of spec §8, giving one normalised shape), and whose route it
 * is — [V] Vultr's (shown by govultr, the OpenAPI description or docs.vultr.com) or [E] the
 * emulator's own addition, which live Vultr answers with 404.
 *
 * The console backend's tolerant reader, the SPA's API client and the emulator's route tests all
 * read this table; no other file spells a /v2 path.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Source = 'V' | 'E';

/**
 * Who may always use a route whatever their policies (spec §9): a caller on its own user (`user`,
 * the path's `userId`), or on its own session (`session`, the session the path's token names).
 */
export type SelfRule = 'user' | 'session';

export interface Route<R extends z.ZodType = z.ZodType> {
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
  /** How the reply is read; `null` when the reply carries nothing the console uses. */
  readonly reply: R | null;
  readonly source: Source;
  /** Replies that may carry session tokens: never kept, never logged. */
  readonly secrets?: boolean;
  /** Fills in what a variant leaves out but the request names (e.g. a trust's `role_id`). */
  readonly fill?: (reply: z.output<R>, params: Record<string, string>) => z.output<R>;
}

type Options = { source?: Source; self?: SelfRule; checkedInHandler?: boolean };

function route<R extends z.ZodType>(
  method: Method,
  path: string,
  action: string | null,
  reply: R,
  more?: Partial<Pick<Route<R>, 'secrets' | 'fill'>> & Options,
): Route<R>;
function route(
  method: Method,
  path: string,
  action: string | null,
  reply: null,
  more?: Options,
): Route<z.ZodNever>;
function route(
  method: Method,
  path: string,
  action: string | null,
  reply: z.ZodType | null,
  more: Options & { secrets?: boolean; fill?: unknown } = {},
) {
  // The resource is the first id in the path; a session token is never one (it must not appear
  // in a refusal), so token routes act on `*` and name their session through `self`.
  const first = /\{(\w+)\}/.exec(path)?.[1];
  const resource = first && first !== 'token' ? { resource: first } : {};
  return { method, path, action, ...resource, reply, source: more.source ?? 'V', ...more };
}

/** A user or group holding an assignable role (GET /roles/{id}/users|groups), as govultr decodes it. */
export const assignmentListSchema = listOf(
  'assignments',
  z.object({
    user_id: looseString,
    group_id: looseString,
    group_name: looseString,
    role_id: looseString,
  }),
);

/** The trusts of one role: a trust without `role_id` (govultr's shape) belongs to the role asked for. */
const trustsOfRole = (
  page: z.output<typeof roleTrustListSchema>,
  params: Record<string, string>,
): z.output<typeof roleTrustListSchema> => ({
  ...page,
  role_trusts: page.role_trusts.map((t) =>
    t.role_id ? t : { ...t, role_id: params.roleId ?? '' },
  ),
});

export const API = {
  // Organization
  listOrganizations: route('GET', '/organizations', null, organizationListSchema),

  // Roles
  listRoles: route('GET', '/roles', 'iam.role.List', roleListSchema),
  createRole: route('POST', '/roles', 'iam.role.Create', roleReplySchema),
  readRole: route('GET', '/roles/{roleId}', 'iam.role.Read', roleReadSchema),
  updateRole: route(
    'PUT',
    '/roles/{roleId}',
    'iam.role.Update',
    z.union([z.null(), roleReplySchema]),
  ),
  deleteRole: route('DELETE', '/roles/{roleId}', 'iam.role.Delete', null),
  restoreRole: route(
    'PATCH',
    '/roles/{roleId}/restore',
    'iam.role.Restore',
    z.union([z.null(), roleReplySchema]),
  ),
  listRolePolicies: route('GET', '/roles/{roleId}/policies', 'iam.role.Read', policyListSchema),
  attachRolePolicy: route(
    'POST',
    '/roles/{roleId}/policies/{policyId}',
    'iam.role.AttachPolicy',
    null,
  ),
  detachRolePolicy: route(
    'DELETE',
    '/roles/{roleId}/policies/{policyId}',
    'iam.role.DetachPolicy',
    null,
  ),
  listRoleUsers: route('GET', '/roles/{roleId}/users', 'iam.role.Read', assignmentListSchema),
  attachRoleUser: route('POST', '/roles/{roleId}/users/{userId}', 'iam.role.AttachUser', null),
  detachRoleUser: route('DELETE', '/roles/{roleId}/users/{userId}', 'iam.role.DetachUser', null),
  listRoleGroups: route('GET', '/roles/{roleId}/groups', 'iam.role.Read', assignmentListSchema),
  attachRoleGroup: route('POST', '/roles/{roleId}/groups/{groupId}', 'iam.role.AttachGroup', null),
  detachRoleGroup: route(
    'DELETE',
    '/roles/{roleId}/groups/{groupId}',
    'iam.role.DetachGroup',
    null,
  ),

  // Role trusts
  listTrusts: route('GET', '/role-trusts', 'iam.roletrust.List', roleTrustListSchema),
  createTrust: route(
    'POST',
    '/role-trusts',
    'iam.roletrust.Create',
    z.union([z.null(), roleTrustReplySchema]),
  ),
  readTrust: route('GET', '/role-trusts/{trustId}', 'iam.roletrust.Read', roleTrustReadSchema),
  updateTrust: route(
    'PUT',
    '/role-trusts/{trustId}',
    'iam.roletrust.Update',
    z.union([z.null(), roleTrustReplySchema]),
  ),
  deleteTrust: route('DELETE', '/role-trusts/{trustId}', 'iam.roletrust.Delete', null),
  restoreTrust: route(
    'PATCH',
    '/role-trusts/{trustId}/restore',
    'iam.roletrust.Restore',
    z.union([z.null(), roleTrustReplySchema]),
  ),
  listTrustsByRole: route(
    'GET',
    '/role-trusts/by-role/{roleId}',
    'iam.roletrust.List',
    roleTrustListSchema,
    {
      fill: trustsOfRole,
    },
  ),
  listAssumable: route(
    'GET',
    '/role-trusts/assumable/{userId}',
    'iam.roletrust.List',
    assumableRolesSchema,
    { self: 'user' },
  ),

  // Assumed roles (sessions): addressed by token, listed per user.
  assume: route('POST', '/assumed-roles/assume', 'iam.role.AssumeRole', sessionCreatedSchema, {
    secrets: true,
    checkedInHandler: true,
  }),
  readSession: route('GET', '/assumed-roles/{token}', 'iam.assumedrole.Read', sessionReadSchema, {
    self: 'session',
    secrets: true,
  }),
  revokeSession: route('DELETE', '/assumed-roles/{token}', 'iam.assumedrole.Delete', null, {
    self: 'session',
  }),
  listUserSessions: route(
    'GET',
    '/assumed-roles/users/{userId}/sessions',
    'iam.assumedrole.List',
    sessionListSchema,
    {
      self: 'user',
      secrets: true,
    },
  ),
  /** [E] The emulator lists a role's sessions in one call; Vultr lists sessions per user only. */
  listRoleSessions: route('GET', '/assumed-roles', 'iam.assumedrole.List', sessionListSchema, {
    source: 'E',
    secrets: true,
  }),

  // Policies
  listPolicies: route('GET', '/policies', 'iam.policy.List', policyListSchema),
  createPolicy: route('POST', '/policies', 'iam.policy.Create', policyReplySchema),
  readPolicy: route('GET', '/policies/{policyId}', 'iam.policy.Read', policyReadSchema),
  /** Answers the policy (govultr) or an empty 2xx (OpenAPI), read as `null`: refetch. */
  updatePolicy: route('PUT', '/policies/{policyId}', 'iam.policy.Update', policyReplySchema),
  deletePolicy: route('DELETE', '/policies/{policyId}', 'iam.policy.Delete', null),
  restorePolicy: route(
    'PATCH',
    '/policies/{policyId}/restore',
    'iam.policy.Restore',
    policyReplySchema,
  ),
  listPolicyUsers: route(
    'GET',
    '/policies/{policyId}/users',
    'iam.policy.Read',
    policyUserListSchema,
  ),
  attachPolicyUser: route(
    'POST',
    '/policies/{policyId}/users/{userId}',
    'iam.policy.AttachUser',
    null,
  ),
  detachPolicyUser: route(
    'DELETE',
    '/policies/{policyId}/users/{userId}',
    'iam.policy.DetachUser',
    null,
  ),
  listPolicyGroups: route(
    'GET',
    '/policies/{policyId}/groups',
    'iam.policy.Read',
    policyGroupListSchema,
  ),
  attachPolicyGroup: route(
    'POST',
    '/policies/{policyId}/groups/{groupId}',
    'iam.policy.AttachGroup',
    null,
  ),
  detachPolicyGroup: route(
    'DELETE',
    '/policies/{policyId}/groups/{groupId}',
    'iam.policy.DetachGroup',
    null,
  ),

  // Users
  listUsers: route('GET', '/users', 'iam.user.List', userListSchema),
  createUser: route('POST', '/users', 'iam.user.Create', userCreatedSchema),
  /** [E] Vultr documents only the caller's /users/me/groups|roles|policies views. */
  readMe: route('GET', '/users/me', null, userReadSchema, { source: 'E' }),
  myGroups: route('GET', '/users/me/groups', null, groupListSchema),
  myRoles: route('GET', '/users/me/roles', null, userRolesSchema),
  myPolicies: route('GET', '/users/me/policies', null, userPoliciesSchema),
  readUser: route('GET', '/users/{userId}', 'iam.user.Read', userReadSchema, { self: 'user' }),
  updateUser: route('PATCH', '/users/{userId}', 'iam.user.Update', null),
  deleteUser: route('DELETE', '/users/{userId}', 'iam.user.Delete', null),
  userGroups: route('GET', '/users/{userId}/groups', 'iam.user.Read', groupListSchema, {
    self: 'user',
  }),
  userRoles: route('GET', '/users/{userId}/roles', 'iam.user.Read', userRolesSchema, {
    self: 'user',
  }),
  userPolicies: route('GET', '/users/{userId}/policies', 'iam.user.Read', userPoliciesSchema, {
    self: 'user',
  }),

  // Groups
  listGroups: route('GET', '/groups', 'iam.group.List', groupListSchema),
  createGroup: route('POST', '/groups', 'iam.group.Create', groupReplySchema),
  readGroup: route('GET', '/groups/{groupId}', 'iam.group.Read', groupReadSchema),
  updateGroup: route(
    'PUT',
    '/groups/{groupId}',
    'iam.group.Update',
    z.union([z.null(), groupReplySchema]),
  ),
  deleteGroup: route('DELETE', '/groups/{groupId}', 'iam.group.Delete', null),
  listGroupMembers: route(
    'GET',
    '/groups/{groupId}/members',
    'iam.group.Read',
    groupMemberListSchema,
  ),
  addGroupMember: route('POST', '/groups/{groupId}/members', 'iam.group.AddMember', null),
  removeGroupMember: route(
    'DELETE',
    '/groups/{groupId}/members/{userId}',
    'iam.group.RemoveMember',
    null,
  ),
  groupRoles: route('GET', '/groups/{groupId}/roles', 'iam.group.ListRoles', groupRolesSchema),
  groupPolicies: route(
    'GET',
    '/groups/{groupId}/policies',
    'iam.group.ListPolicies',
    groupPoliciesSchema,
  ),

  // OIDC issuers
  listIssuers: route('GET', '/oidc/issuer', 'oidc.issuer.List', oidcIssuerListSchema),
  createIssuer: route('POST', '/oidc/issuer', 'oidc.issuer.Create', oidcIssuerReplySchema),
  readIssuer: route('GET', '/oidc/issuer/{issuerId}', 'oidc.issuer.Read', oidcIssuerReadSchema),
  deleteIssuer: route('DELETE', '/oidc/issuer/{issuerId}', 'oidc.issuer.Delete', null),
  issuerJwks: route('GET', '/oidc/issuer/{issuerId}/jwks', 'oidc.issuer.Read', jwksSchema),
} as const;

export type ApiRoutes = typeof API;
export type RouteName = keyof ApiRoutes;

/** What a route's reply reads as. */
export type ReplyOf<R> =
  R extends Route<infer S> ? (S extends z.ZodNever ? unknown : z.output<S>) : never;

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
  r: Pick<Route, 'path'>,
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

interface Compiled {
  name: RouteName;
  route: Route;
  pattern: RegExp;
  names: string[];
  /** Static segments count more: `/users/me` wins over `/users/{userId}`. */
  weight: number;
}

const COMPILED: Compiled[] = (Object.entries(API) as [RouteName, Route][])
  .map(([name, r]) => {
    const names: string[] = [];
    const source = r.path.replace(/\{(\w+)\}|[.*+?^$()|[\]\\]/g, (m, param?: string) => {
      if (param === undefined) return `\\${m}`;
      names.push(param);
      return '([^/]+)';
    });
    const weight = r.path.split('/').filter((s) => s && !s.startsWith('{')).length;
    return { name, route: r, pattern: new RegExp(`^/v2${source}/?$`), names, weight };
  })
  .sort((a, b) => b.weight - a.weight);

export interface Matched {
  name: RouteName;
  route: Route;
  params: Record<string, string>;
}

/** The route a request is for (path without query, starting at `/v2`), or undefined. */
export function matchRoute(method: string, path: string): Matched | undefined {
  for (const c of COMPILED) {
    if (c.route.method !== method) continue;
    const m = c.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    let ok = true;
    c.names.forEach((n, i) => {
      try {
        params[n] = decodeURIComponent(m[i + 1]!);
      } catch {
        ok = false;
      }
    });
    if (ok) return { name: c.name, route: c.route, params };
  }
  return undefined;
}

/**
 * Reads a reply body (already parsed from JSON; `null` for an empty body) with the route's schema.
 * Gives the normalised reply, or the first problem as one sentence.
 */
export function readReply<R extends Route>(
  r: R,
  body: unknown,
  params: Record<string, string> = {},
): { ok: true; data: ReplyOf<R> } | { ok: false; issue: z.ZodError } {
  if (r.reply === null) return { ok: true, data: body as ReplyOf<R> };
  const parsed = r.reply.safeParse(body);
  if (!parsed.success) return { ok: false, issue: parsed.error };
  const data = r.fill ? r.fill(parsed.data, params) : parsed.data;
  return { ok: true, data: data as ReplyOf<R> };
}

/** Every route the emulator must answer, [V] and [E] (for its route tests). */
export const ALL_ROUTES: readonly { name: RouteName; route: Route }[] = (
  Object.entries(API) as [RouteName, Route][]
).map(([name, route]) => ({ name, route }));
