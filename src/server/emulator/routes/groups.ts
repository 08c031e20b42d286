import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { groupInputSchema, groupMemberInputSchema } from '../../../shared/schemas/group';
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
import { recordRoutes } from './record-routes';
import { writeContext } from './write-context';

export function groupRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  const { db, clock } = deps;

  /** The caller and the group id in the path (a malformed id is simply not found). */
  const target = (request: FastifyRequest) => ({
    caller: requireCaller(request),
    id: pathId(request.params, 'id', GROUP_NOT_FOUND),
  });

  recordRoutes(app, deps, {
    path: '/groups',
    key: 'group',
    notFound: GROUP_NOT_FOUND,
    list: listGroups,
    create: (db, ctx, body) => createGroup(db, ctx, parseWith(groupInputSchema, body)),
    find: findGroup,
    update: (db, ctx, id, body) => updateGroup(db, ctx, id, parseWith(groupInputSchema, body)),
    remove: deleteGroup,
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
