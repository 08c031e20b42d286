import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { groupInputSchema, groupMemberInputSchema } from '../../../shared/schemas/group';
import { notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import { policiesOfGroup, rolesOfGroup } from '../store/access-views';
import {
  GROUP_NOT_FOUND,
  addMember,
  createGroup,
  deleteGroup,
  findGroup,
  listGroups,
  listMembers,
  removeMember,
  requireGroupRow,
  updateGroup,
} from '../store/groups';
import { USER_NOT_FOUND } from '../store/users';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';

export function groupRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  const { db, clock } = deps;

  /** The caller and the group id in the path (a malformed id is simply not found). */
  const target = (request: FastifyRequest) => ({
    caller: requireCaller(request),
    id: pathId(request.params, 'id', GROUP_NOT_FOUND),
  });

  app.get('/groups', async (request) => {
    const caller = requireCaller(request);
    return listGroups(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post('/groups', async (request, reply) => {
    const values = parseWith(groupInputSchema, request.body);
    return reply.code(201).send(createGroup(db, writeContext(request, clock), values));
  });

  app.get('/groups/:id', async (request) => {
    const { caller, id } = target(request);
    const group = findGroup(db, caller.orgId, id);
    if (!group) throw notFound(GROUP_NOT_FOUND);
    return { group };
  });

  app.put('/groups/:id', async (request) => {
    const { id } = target(request);
    return updateGroup(
      db,
      writeContext(request, clock),
      id,
      parseWith(groupInputSchema, request.body),
    );
  });

  app.delete('/groups/:id', async (request, reply) => {
    const { id } = target(request);
    deleteGroup(db, writeContext(request, clock), id);
    return reply.code(204).send();
  });

  app.get('/groups/:id/members', async (request) => {
    const { caller, id } = target(request);
    return listMembers(db, caller.orgId, id, parseWith(listQuerySchema, request.query));
  });

  app.post('/groups/:id/members', async (request, reply) => {
    const { caller, id } = target(request);
    requireGroupRow(db, caller.orgId, id);
    const { user_id } = parseWith(groupMemberInputSchema, request.body);
    return reply.code(201).send(addMember(db, writeContext(request, clock), id, user_id));
  });

  app.delete('/groups/:id/members/:userId', async (request, reply) => {
    const { caller, id } = target(request);
    requireGroupRow(db, caller.orgId, id);
    removeMember(
      db,
      writeContext(request, clock),
      id,
      pathId(request.params, 'userId', USER_NOT_FOUND),
    );
    return reply.code(204).send();
  });

  app.get('/groups/:id/roles', async (request) => {
    const { caller, id } = target(request);
    requireGroupRow(db, caller.orgId, id);
    return rolesOfGroup(db, caller.orgId, id);
  });

  app.get('/groups/:id/policies', async (request) => {
    const { caller, id } = target(request);
    requireGroupRow(db, caller.orgId, id);
    return policiesOfGroup(db, caller.orgId, id);
  });
}
