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

export interface Route<R extends z.ZodType = z.ZodType> {
  readonly method: Method;
  /** Under `/v2`, with `{name}` for each path parameter. */
  readonly path: string;
  /** How the reply is read; `null` when the reply carries nothing the console uses. */
  readonly reply: R | null;
  readonly source: Source;
  /** Replies that may carry session tokens: never kept, never logged. */
  readonly secrets?: boolean;
  /** Fills in what a variant leaves out but the request names (e.g. a trust's `role_id`). */
  readonly fill?: (reply: z.output<R>, params: Record<string, string>) => z.output<R>;
}

function route<R extends z.ZodType>(
  method: Method,
  path: string,
  reply: R,
  more?: Partial<Pick<Route<R>, 'source' | 'secrets' | 'fill'>>,
): Route<R>;
function route(
  method: Method,
  path: string,
  reply: null,
  more?: { source?: Source },
): Route<z.ZodNever>;
function route(
  method: Method,
  path: string,
  reply: z.ZodType | null,
  more: { source?: Source; secrets?: boolean; fill?: unknown } = {},
) {
  return { method, path, reply, source: more.source ?? 'V', ...more };
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
  listOrganizations: route('GET', '/organizations', organizationListSchema),

  // Roles
  listRoles: route('GET', '/roles', roleListSchema),
  createRole: route('POST', '/roles', roleReplySchema),
  readRole: route('GET', '/roles/{roleId}', roleReadSchema),
  updateRole: route('PUT', '/roles/{roleId}', z.union([z.null(), roleReplySchema])),
  deleteRole: route('DELETE', '/roles/{roleId}', null),
  restoreRole: route('PATCH', '/roles/{roleId}/restore', z.union([z.null(), roleReplySchema])),
  listRolePolicies: route('GET', '/roles/{roleId}/policies', policyListSchema),
  attachRolePolicy: route('POST', '/roles/{roleId}/policies/{policyId}', null),
  detachRolePolicy: route('DELETE', '/roles/{roleId}/policies/{policyId}', null),
  listRoleUsers: route('GET', '/roles/{roleId}/users', assignmentListSchema),
  attachRoleUser: route('POST', '/roles/{roleId}/users/{userId}', null),
  detachRoleUser: route('DELETE', '/roles/{roleId}/users/{userId}', null),
  listRoleGroups: route('GET', '/roles/{roleId}/groups', assignmentListSchema),
  attachRoleGroup: route('POST', '/roles/{roleId}/groups/{groupId}', null),
  detachRoleGroup: route('DELETE', '/roles/{roleId}/groups/{groupId}', null),

  // Role trusts
  listTrusts: route('GET', '/role-trusts', roleTrustListSchema),
  createTrust: route('POST', '/role-trusts', z.union([z.null(), roleTrustReplySchema])),
  readTrust: route('GET', '/role-trusts/{trustId}', roleTrustReadSchema),
  updateTrust: route('PUT', '/role-trusts/{trustId}', z.union([z.null(), roleTrustReplySchema])),
  deleteTrust: route('DELETE', '/role-trusts/{trustId}', null),
  restoreTrust: route(
    'PATCH',
    '/role-trusts/{trustId}/restore',
    z.union([z.null(), roleTrustReplySchema]),
  ),
  listTrustsByRole: route('GET', '/role-trusts/by-role/{roleId}', roleTrustListSchema, {
    fill: trustsOfRole,
  }),
  listAssumable: route('GET', '/role-trusts/assumable/{userId}', assumableRolesSchema),

  // Assumed roles (sessions): addressed by token, listed per user.
  assume: route('POST', '/assumed-roles/assume', sessionCreatedSchema, { secrets: true }),
  readSession: route('GET', '/assumed-roles/{token}', sessionReadSchema, { secrets: true }),
  revokeSession: route('DELETE', '/assumed-roles/{token}', null),
  listUserSessions: route('GET', '/assumed-roles/users/{userId}/sessions', sessionListSchema, {
    secrets: true,
  }),
  /** [E] The emulator lists a role's sessions in one call; Vultr lists sessions per user only. */
  listRoleSessions: route('GET', '/assumed-roles', sessionListSchema, {
    source: 'E',
    secrets: true,
  }),

  // Policies
  listPolicies: route('GET', '/policies', policyListSchema),
  createPolicy: route('POST', '/policies', policyReplySchema),
  readPolicy: route('GET', '/policies/{policyId}', policyReadSchema),
  /** Answers the policy (govultr) or an empty 2xx (OpenAPI), read as `null`: refetch. */
  updatePolicy: route('PUT', '/policies/{policyId}', policyReplySchema),
  deletePolicy: route('DELETE', '/policies/{policyId}', null),
  restorePolicy: route('PATCH', '/policies/{policyId}/restore', policyReplySchema),
  listPolicyUsers: route('GET', '/policies/{policyId}/users', policyUserListSchema),
  attachPolicyUser: route('POST', '/policies/{policyId}/users/{userId}', null),
  detachPolicyUser: route('DELETE', '/policies/{policyId}/users/{userId}', null),
  listPolicyGroups: route('GET', '/policies/{policyId}/groups', policyGroupListSchema),
  attachPolicyGroup: route('POST', '/policies/{policyId}/groups/{groupId}', null),
  detachPolicyGroup: route('DELETE', '/policies/{policyId}/groups/{groupId}', null),

  // Users
  listUsers: route('GET', '/users', userListSchema),
  createUser: route('POST', '/users', userCreatedSchema),
  /** [E] Vultr documents only the caller's /users/me/groups|roles|policies views. */
  readMe: route('GET', '/users/me', userReadSchema, { source: 'E' }),
  myGroups: route('GET', '/users/me/groups', groupListSchema),
  myRoles: route('GET', '/users/me/roles', userRolesSchema),
  myPolicies: route('GET', '/users/me/policies', userPoliciesSchema),
  readUser: route('GET', '/users/{userId}', userReadSchema),
  updateUser: route('PATCH', '/users/{userId}', null),
  deleteUser: route('DELETE', '/users/{userId}', null),
  userGroups: route('GET', '/users/{userId}/groups', groupListSchema),
  userRoles: route('GET', '/users/{userId}/roles', userRolesSchema),
  userPolicies: route('GET', '/users/{userId}/policies', userPoliciesSchema),

  // Groups
  listGroups: route('GET', '/groups', groupListSchema),
  createGroup: route('POST', '/groups', groupReplySchema),
  readGroup: route('GET', '/groups/{groupId}', groupReadSchema),
  updateGroup: route('PUT', '/groups/{groupId}', z.union([z.null(), groupReplySchema])),
  deleteGroup: route('DELETE', '/groups/{groupId}', null),
  listGroupMembers: route('GET', '/groups/{groupId}/members', groupMemberListSchema),
  addGroupMember: route('POST', '/groups/{groupId}/members', null),
  removeGroupMember: route('DELETE', '/groups/{groupId}/members/{userId}', null),
  groupRoles: route('GET', '/groups/{groupId}/roles', groupRolesSchema),
  groupPolicies: route('GET', '/groups/{groupId}/policies', groupPoliciesSchema),

  // OIDC issuers
  listIssuers: route('GET', '/oidc/issuer', oidcIssuerListSchema),
  createIssuer: route('POST', '/oidc/issuer', oidcIssuerReplySchema),
  readIssuer: route('GET', '/oidc/issuer/{issuerId}', oidcIssuerReadSchema),
  deleteIssuer: route('DELETE', '/oidc/issuer/{issuerId}', null),
  issuerJwks: route('GET', '/oidc/issuer/{issuerId}/jwks', jwksSchema),
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
