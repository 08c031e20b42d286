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

import { ROUTES } from './routes';
import type { RouteInfo, RouteName } from './routes';

export { pathOf, ROUTES, STS_PATH, STS_V2_PATH } from './routes';
export type { Method, ParamsOf, RouteInfo, RouteName, SelfRule, Source } from './routes';

/**
 * The routes of `routes.ts`, each with the schema its reply is read with (accepting every variant
 * of spec §8, giving one normalised shape). The console backend's tolerant reader, the SPA's API
 * client and the emulator's route tests all read this table.
 */

export interface Route<
  R extends z.ZodType = z.ZodType,
  N extends string = string,
> extends RouteInfo<N> {
  /** How the reply is read; `null` when the reply carries nothing the console uses. */
  readonly reply: R | null;
  /** Fills in what a variant leaves out but the request names (e.g. a trust's `role_id`). */
  readonly fill?: (reply: z.output<R>, params: Record<string, string>) => z.output<R>;
}

function route<N extends string, R extends z.ZodType>(
  info: RouteInfo<N>,
  reply: R,
  fill?: (reply: z.output<R>, params: Record<string, string>) => z.output<R>,
): Route<R, N>;
function route<N extends string>(info: RouteInfo<N>, reply: null): Route<z.ZodNever, N>;
function route(info: RouteInfo, reply: z.ZodType | null, fill?: unknown) {
  return fill ? { ...info, reply, fill } : { ...info, reply };
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
  listOrganizations: route(ROUTES.listOrganizations, organizationListSchema),
  listRoles: route(ROUTES.listRoles, roleListSchema),
  createRole: route(ROUTES.createRole, roleReplySchema),
  readRole: route(ROUTES.readRole, roleReadSchema),
  updateRole: route(ROUTES.updateRole, z.union([z.null(), roleReplySchema])),
  deleteRole: route(ROUTES.deleteRole, null),
  restoreRole: route(ROUTES.restoreRole, z.union([z.null(), roleReplySchema])),
  listRolePolicies: route(ROUTES.listRolePolicies, policyListSchema),
  attachRolePolicy: route(ROUTES.attachRolePolicy, null),
  detachRolePolicy: route(ROUTES.detachRolePolicy, null),
  listRoleUsers: route(ROUTES.listRoleUsers, assignmentListSchema),
  attachRoleUser: route(ROUTES.attachRoleUser, null),
  detachRoleUser: route(ROUTES.detachRoleUser, null),
  listRoleGroups: route(ROUTES.listRoleGroups, assignmentListSchema),
  attachRoleGroup: route(ROUTES.attachRoleGroup, null),
  detachRoleGroup: route(ROUTES.detachRoleGroup, null),
  listTrusts: route(ROUTES.listTrusts, roleTrustListSchema),
  createTrust: route(ROUTES.createTrust, z.union([z.null(), roleTrustReplySchema])),
  readTrust: route(ROUTES.readTrust, roleTrustReadSchema),
  updateTrust: route(ROUTES.updateTrust, z.union([z.null(), roleTrustReplySchema])),
  deleteTrust: route(ROUTES.deleteTrust, null),
  restoreTrust: route(ROUTES.restoreTrust, z.union([z.null(), roleTrustReplySchema])),
  listTrustsByRole: route(ROUTES.listTrustsByRole, roleTrustListSchema, trustsOfRole),
  listAssumable: route(ROUTES.listAssumable, assumableRolesSchema),
  assume: route(ROUTES.assume, sessionCreatedSchema),
  readSession: route(ROUTES.readSession, sessionReadSchema),
  revokeSession: route(ROUTES.revokeSession, null),
  listUserSessions: route(ROUTES.listUserSessions, sessionListSchema),
  listRoleSessions: route(ROUTES.listRoleSessions, sessionListSchema),
  listPolicies: route(ROUTES.listPolicies, policyListSchema),
  createPolicy: route(ROUTES.createPolicy, policyReplySchema),
  readPolicy: route(ROUTES.readPolicy, policyReadSchema),
  updatePolicy: route(ROUTES.updatePolicy, policyReplySchema),
  deletePolicy: route(ROUTES.deletePolicy, null),
  restorePolicy: route(ROUTES.restorePolicy, policyReplySchema),
  listPolicyUsers: route(ROUTES.listPolicyUsers, policyUserListSchema),
  attachPolicyUser: route(ROUTES.attachPolicyUser, null),
  detachPolicyUser: route(ROUTES.detachPolicyUser, null),
  listPolicyGroups: route(ROUTES.listPolicyGroups, policyGroupListSchema),
  attachPolicyGroup: route(ROUTES.attachPolicyGroup, null),
  detachPolicyGroup: route(ROUTES.detachPolicyGroup, null),
  listUsers: route(ROUTES.listUsers, userListSchema),
  createUser: route(ROUTES.createUser, userCreatedSchema),
  readMe: route(ROUTES.readMe, userReadSchema),
  myGroups: route(ROUTES.myGroups, groupListSchema),
  myRoles: route(ROUTES.myRoles, userRolesSchema),
  myPolicies: route(ROUTES.myPolicies, userPoliciesSchema),
  readUser: route(ROUTES.readUser, userReadSchema),
  updateUser: route(ROUTES.updateUser, null),
  deleteUser: route(ROUTES.deleteUser, null),
  userGroups: route(ROUTES.userGroups, groupListSchema),
  userRoles: route(ROUTES.userRoles, userRolesSchema),
  userPolicies: route(ROUTES.userPolicies, userPoliciesSchema),
  listGroups: route(ROUTES.listGroups, groupListSchema),
  createGroup: route(ROUTES.createGroup, groupReplySchema),
  readGroup: route(ROUTES.readGroup, groupReadSchema),
  updateGroup: route(ROUTES.updateGroup, z.union([z.null(), groupReplySchema])),
  deleteGroup: route(ROUTES.deleteGroup, null),
  listGroupMembers: route(ROUTES.listGroupMembers, groupMemberListSchema),
  addGroupMember: route(ROUTES.addGroupMember, null),
  removeGroupMember: route(ROUTES.removeGroupMember, null),
  groupRoles: route(ROUTES.groupRoles, groupRolesSchema),
  groupPolicies: route(ROUTES.groupPolicies, groupPoliciesSchema),
  listIssuers: route(ROUTES.listIssuers, oidcIssuerListSchema),
  createIssuer: route(ROUTES.createIssuer, oidcIssuerReplySchema),
  readIssuer: route(ROUTES.readIssuer, oidcIssuerReadSchema),
  deleteIssuer: route(ROUTES.deleteIssuer, null),
  issuerJwks: route(ROUTES.issuerJwks, jwksSchema),
} as const satisfies { readonly [K in RouteName]: Route<z.ZodType, K> };

export type ApiRoutes = typeof API;

/** What a route's reply reads as: a contract route by its schema, a bare route by its name. */
export type ReplyOf<R> =
  R extends Route<infer S>
    ? S extends z.ZodNever
      ? unknown
      : z.output<S>
    : R extends RouteInfo<infer N extends RouteName>
      ? ReplyOf<ApiRoutes[N]>
      : never;

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
