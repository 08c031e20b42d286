import type { FastifyRequest } from 'fastify';
import { matchRoute } from '../../shared/api/contract';
import type { Route } from '../../shared/api/contract';
import { isAllowed } from '../../shared/iam/evaluate';
import type { EffectivePolicies } from '../../shared/iam/evaluate';
import type { Clock } from '../clock';
import { HttpError } from '../http-error';
import type { Caller } from './store/api-keys';
import type { Db } from './store/database';
import { policiesOfRole, policiesOfUser } from './store/effective-policies';
import { findActiveSession } from './store/sessions';

/**
 * Authorization of the JSON API (spec §9): every request names an action through the contract
 * table's route, and the caller's effective policies must allow it on the route's resource.
 */

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
