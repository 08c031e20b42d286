import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { userCreateSchema, userUpdateSchema } from '../../../shared/schemas/user';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import { policiesOfUser, rolesOfUser } from '../store/access-views';
import { listGroupsOfUser } from '../store/groups';
import {
  USER_NOT_FOUND,
  createUser,
  deleteUser,
  hashPassword,
  listUsers,
  requireUserRow,
  updateUser,
  userFromRow,
} from '../store/users';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';

/** `first_name` and `last_name` as a create body gave them (already validated), or null. */
function namePartsOf(body: unknown): { first_name: string; last_name: string } | null {
  const { first_name: first, last_name: last } = (body ?? {}) as Record<string, unknown>;
  if (typeof first !== 'string' || typeof last !== 'string') return null;
  return { first_name: first.trim(), last_name: last.trim() };
}

export function userRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  const { db, clock } = deps;

  /** The caller's org and the user a path names: `me` is the caller, anything else an id. */
  const subject = (request: FastifyRequest, me: boolean) => {
    const caller = requireCaller(request);
    const id = me ? caller.userId : pathId(request.params, 'id', USER_NOT_FOUND);
    return { caller, user: requireUserRow(db, caller.orgId, id) };
  };

  app.get('/users', async (request) => {
    const caller = requireCaller(request);
    return listUsers(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post('/users', async (request, reply) => {
    const values = parseWith(userCreateSchema, request.body);
    const passwordHash = await hashPassword(values.password);
    const created = createUser(
      db,
      writeContext(request, clock),
      values,
      passwordHash,
      namePartsOf(request.body),
    );
    return reply.code(201).send(created);
  });

  // Static `me` segments win over `:id` in Fastify's router, so these never read "me" as an id.
  for (const me of [true, false]) {
    const base = me ? '/users/me' : '/users/:id';

    app.get(base, async (request) => ({ user: userFromRow(subject(request, me).user) }));

    app.get(`${base}/groups`, async (request) => {
      const { caller, user } = subject(request, me);
      return listGroupsOfUser(db, caller.orgId, user.id, parseWith(listQuerySchema, request.query));
    });

    app.get(`${base}/roles`, async (request) => {
      const { caller, user } = subject(request, me);
      return rolesOfUser(db, caller.orgId, user.id);
    });

    app.get(`${base}/policies`, async (request) => {
      const { caller, user } = subject(request, me);
      return policiesOfUser(db, caller.orgId, user.id);
    });
  }

  app.patch('/users/:id', async (request) => {
    const id = pathId(request.params, 'id', USER_NOT_FOUND);
    const { password, ...changes } = parseWith(userUpdateSchema, request.body);
    const passwordHash = password === undefined ? null : await hashPassword(password);
    return updateUser(db, writeContext(request, clock), id, changes, passwordHash);
  });

  app.delete('/users/:id', async (request, reply) => {
    deleteUser(db, writeContext(request, clock), pathId(request.params, 'id', USER_NOT_FOUND));
    return reply.code(204).send();
  });
}
