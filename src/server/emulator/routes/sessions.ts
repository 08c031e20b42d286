import type { FastifyInstance } from 'fastify';
import { idSchema, listQuerySchema } from '../../../shared/schemas/common';
import { assumeRequestSchema } from '../../../shared/schemas/session';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../../http-error';
import type { Caller } from '../store/api-keys';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import { AssumeError, assumeRole } from '../services/assume';
import { sourceIpOf } from '../source-ip';
import {
  findActiveSession,
  findActiveSessionById,
  listActiveSessions,
  revokeSession,
  SESSION_NOT_FOUND,
  SESSION_TOKEN_PREFIX,
} from '../store/sessions';
import type { SessionViewer } from '../store/sessions';
import { parseWith, pathId } from './parse';
import { NOT_FOUND } from '../not-found';
import { userExists } from '../store/users';
import { groupIdsOfUser } from '../store/groups';

export function sessionRoutes(app: FastifyInstance, { db, clock }: EmulatorDeps) {
  app.post('/assumed-roles/assume', async (request, reply) => {
    const caller = requireCaller(request);
    if (caller.session) throw forbidden('an assumed-role session cannot assume roles');
    const input = parseWith(assumeRequestSchema, request.body);
    const userId = input.user_id ?? caller.userId;
    if (userId !== caller.userId && !caller.isOwner) {
      throw forbidden('user_id must be the caller’s own user unless the caller is the owner');
    }
    if (input.context?.ip_address !== undefined && !caller.isOwner) {
      throw forbidden('only the owner may simulate a source address with context.ip_address');
    }
    if (!userExists(db, caller.orgId, userId)) throw notFound(NOT_FOUND.user);
    try {
      const issued = await assumeRole(db, clock, {
        orgId: caller.orgId,
        roleId: input.role_id,
        caller: { kind: 'user', userId, groupIds: groupIdsOfUser(db, userId) },
        callerIsOwner: caller.isOwner && userId === caller.userId,
        sessionName: input.session_name,
        durationSeconds: input.duration,
        sourceIp: input.context?.ip_address ?? sourceIpOf(request),
      });
      return reply.code(201).send(issued.session);
    } catch (error) {
      if (!(error instanceof AssumeError)) throw error;
      const f = error.failure;
      if (f.kind === 'role') {
        throw f.detail.includes('not assumable') ? conflict(f.detail) : notFound(NOT_FOUND.role);
      }
      if (f.kind === 'duration') throw badRequest(`duration: ${f.detail}`);
      throw new HttpError(403, `not authorized to assume the role: ${f.detail}`);
    }
  });

  app.get('/assumed-roles/users/:userId/sessions', async (request) => {
    const caller = requireCaller(request);
    const userId = pathId(request.params, 'userId', NOT_FOUND.user);
    if (!userExists(db, caller.orgId, userId)) throw notFound(NOT_FOUND.user);
    const query = parseWith(listQuerySchema, request.query);
    return listActiveSessions(
      db,
      { orgId: caller.orgId, userId },
      viewer(caller),
      clock.now(),
      query,
    );
  });

  /**
   * Emulator addition: the active sessions of a role in one call (Vultr lists sessions per user
   * only, so a console must not depend on this).
   */
  app.get('/assumed-roles', async (request) => {
    const caller = requireCaller(request);
    const { role_id: roleId, ...rest } = (request.query ?? {}) as Record<string, unknown>;
    const query = parseWith(listQuerySchema, rest);
    const filter: { orgId: string; roleId?: string } = { orgId: caller.orgId };
    if (roleId !== undefined) filter.roleId = parseWith(idSchema, roleId);
    return listActiveSessions(db, filter, viewer(caller), clock.now(), query);
  });

  app.get('/assumed-roles/:token', async (request) => {
    const caller = requireCaller(request);
    return { assumed_role: sessionFor(caller, (request.params as { token: string }).token) };
  });

  app.delete('/assumed-roles/:token', async (request, reply) => {
    const caller = requireCaller(request);
    const session = sessionFor(caller, (request.params as { token: string }).token);
    revokeSession(db, session.id, clock.now(), caller.userId);
    return reply.code(204).send();
  });

  function viewer(caller: Caller): SessionViewer {
    return { userId: caller.userId, isOwner: caller.isOwner, viaSession: !!caller.session };
  }

  /**
   * A session named by its token (whoever holds it may read or revoke it), or — an emulator
   * addition for the console — by its id, for the owner and the session's own user.
   */
  function sessionFor(caller: Caller, ref: string) {
    if (ref.startsWith(SESSION_TOKEN_PREFIX)) {
      const session = findActiveSession(db, ref, clock.now());
      if (!session || session.orgId !== caller.orgId) throw notFound(SESSION_NOT_FOUND);
      const { orgId: _org, ...view } = session;
      return view;
    }
    const id = pathId({ id: ref }, 'id', SESSION_NOT_FOUND);
    const session = findActiveSessionById(db, caller.orgId, id, clock.now());
    if (!session || (!caller.isOwner && session.user_id !== caller.userId)) {
      throw notFound(SESSION_NOT_FOUND);
    }
    return session;
  }
}
