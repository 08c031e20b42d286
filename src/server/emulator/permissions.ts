import type { FastifyRequest } from 'fastify';
import { matchRoute } from '../../shared/api/contract';
import type { Route } from '../../shared/api/contract';
import { isAllowed } from '../../shared/iam/evaluate';
import type { EffectivePolicies, PathStep, PolicySource } from '../../shared/iam/evaluate';
import type { Clock } from '../clock';
import { HttpError } from '../http-error';
import type { Caller } from './store/api-keys';
import type { Db } from './store/database';
import { policyDocument } from './store/policies';
import { findActiveSession } from './store/sessions';

/**
 * Authorization of the JSON API (spec §9): every request names an action through the contract
 * table's route, and the caller's effective policies must allow it on the route's resource.
 */

interface SourceRow {
  id: string;
  name: string;
  group_id: string | null;
  group_name: string | null;
  role_id: string | null;
  role_name: string | null;
}

const LIVE_POLICY = 'JOIN policies p ON p.id = %s AND p.deleted_at IS NULL';
const live = (column: string) => LIVE_POLICY.replace('%s', column);
const ASSIGNABLE_ROLE = `JOIN roles r ON r.id = %s AND r.deleted_at IS NULL AND r.role_type = 'assignable'`;
const assignable = (column: string) => ASSIGNABLE_ROLE.replace('%s', column);

/** A user's policies with the path each arrives by: direct, its roles', its groups' and theirs. */
const USER_SOURCES = `
  SELECT p.id, p.name, NULL AS group_id, NULL AS group_name, NULL AS role_id, NULL AS role_name
    FROM policy_users pu ${live('pu.policy_id')} WHERE pu.user_id = :u
  UNION ALL
  SELECT p.id, p.name, NULL, NULL, r.id, r.name
    FROM role_users ru ${assignable('ru.role_id')}
    JOIN role_policies rp ON rp.role_id = r.id ${live('rp.policy_id')} WHERE ru.user_id = :u
  UNION ALL
  SELECT p.id, p.name, g.id, g.display_name, NULL, NULL
    FROM group_members gm JOIN groups g ON g.id = gm.group_id
    JOIN policy_groups pg ON pg.group_id = g.id ${live('pg.policy_id')} WHERE gm.user_id = :u
  UNION ALL
  SELECT p.id, p.name, g.id, g.display_name, r.id, r.name
    FROM group_members gm JOIN groups g ON g.id = gm.group_id
    JOIN role_groups rg ON rg.group_id = g.id ${assignable('rg.role_id')}
    JOIN role_policies rp ON rp.role_id = r.id ${live('rp.policy_id')} WHERE gm.user_id = :u`;

/** A role's own policies: what a session of it acts with. */
const ROLE_SOURCES = `
  SELECT p.id, p.name, NULL AS group_id, NULL AS group_name, NULL AS role_id, NULL AS role_name
    FROM role_policies rp JOIN roles r ON r.id = rp.role_id AND r.deleted_at IS NULL
    ${live('rp.policy_id')} WHERE rp.role_id = :r`;

function sourcesOf(db: Db, rows: SourceRow[]): PolicySource[] {
  return rows.map((row) => {
    const via: PathStep[] = [];
    if (row.group_id) via.push({ kind: 'group', id: row.group_id, name: row.group_name ?? '' });
    if (row.role_id) via.push({ kind: 'role', id: row.role_id, name: row.role_name ?? '' });
    return { policyId: row.id, policyName: row.name, document: policyDocument(db, row.id), via };
  });
}

/** The policies a user acts with (the owner: everything). */
export function policiesOfUser(db: Db, userId: string, isOwner = false): EffectivePolicies {
  if (isOwner) return { owner: true, sources: [] };
  const rows = db.prepare(USER_SOURCES).all({ u: userId }) as SourceRow[];
  return { owner: false, sources: sourcesOf(db, rows) };
}

/** The policies of a role, which are all a session of it acts with. */
export function policiesOfRole(db: Db, roleId: string): EffectivePolicies {
  const rows = db.prepare(ROLE_SOURCES).all({ r: roleId }) as SourceRow[];
  return { owner: false, sources: sourcesOf(db, rows) };
}

/** What a caller acts with: a session its role's policies only, a user its own, the owner all. */
export function policiesOfCaller(db: Db, caller: Caller): EffectivePolicies {
  if (caller.session) return policiesOfRole(db, caller.session.roleId);
  return policiesOfUser(db, caller.userId, caller.isOwner);
}

/** How a refusal names the caller. */
function callerLabel(caller: Caller): string {
  return caller.session ? `assumed-role session "${caller.name}"` : `user "${caller.name}"`;
}

export function notAuthorized(caller: Caller, action: string, resource: string): HttpError {
  return new HttpError(
    403,
    `${callerLabel(caller)} is not authorized to perform ${action} on ${resource}`,
  );
}

/** Whether the route, used on itself, needs no action: its own user, or its own session. */
function isSelf(
  db: Db,
  clock: Clock,
  caller: Caller,
  route: Route,
  params: Record<string, string>,
): boolean {
  if (route.self === 'user') return params.userId === caller.userId;
  if (route.self === 'session' && params.token) {
    const session = findActiveSession(db, params.token, clock.now());
    if (!session) return false;
    if (caller.session) return caller.session.id === session.id;
    return session.user_id !== '' && session.user_id === caller.userId;
  }
  return false;
}

/**
 * Refuses the request with 403 unless the caller may perform the route's action on its resource.
 * Requests no contract route matches are left to the router (404 or 405).
 */
export function authorizeRequest(db: Db, clock: Clock, request: FastifyRequest): void {
  const caller = request.caller;
  if (!caller) return;
  const path = request.url.split('?')[0] ?? '';
  const matched = matchRoute(request.method, path);
  if (!matched) return;
  const { route, params } = matched;
  if (route.action === null || route.checkedInHandler) return;
  if (caller.isOwner && !caller.session) return;
  if (route.self && isSelf(db, clock, caller, route, params)) return;
  const resource = route.resource ? (params[route.resource] ?? '*') : '*';
  if (!isAllowed(policiesOfCaller(db, caller), route.action, resource)) {
    throw notAuthorized(caller, route.action, resource);
  }
}
