import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { roleTrustCreateSchema, roleTrustUpdateSchema } from '../../../shared/schemas/role-trust';
import { notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import {
  createRoleTrust,
  deleteRoleTrust,
  findRoleTrust,
  listAssumableForUser,
  listRoleTrusts,
  listTrustsOfRole,
  restoreRoleTrust,
  updateRoleTrust,
} from '../store/role-trusts';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';
import { NOT_FOUND } from '../not-found';

const TRUST_404 = NOT_FOUND.trust;

export function roleTrustRoutes(app: FastifyInstance, { db, clock }: EmulatorDeps) {
  app.get('/role-trusts', async (request) => {
    const caller = requireCaller(request);
    return listRoleTrusts(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post('/role-trusts', async (request, reply) => {
    const ctx = writeContext(request, clock);
    const input = parseWith(roleTrustCreateSchema, request.body);
    return reply.code(201).send(createRoleTrust(db, ctx, input));
  });

  app.get('/role-trusts/by-role/:roleId', async (request) => {
    const caller = requireCaller(request);
    const roleId = pathId(request.params, 'roleId', NOT_FOUND.role);
    return listTrustsOfRole(db, caller.orgId, roleId, parseWith(listQuerySchema, request.query));
  });

  app.get('/role-trusts/assumable/:userId', async (request) => {
    const caller = requireCaller(request);
    const userId = pathId(request.params, 'userId', NOT_FOUND.user);
    const query = parseWith(listQuerySchema, request.query);
    return listAssumableForUser(db, caller.orgId, userId, query);
  });

  app.get('/role-trusts/:id', async (request) => {
    const caller = requireCaller(request);
    const trust = findRoleTrust(db, caller.orgId, pathId(request.params, 'id', TRUST_404));
    if (!trust) throw notFound(TRUST_404);
    return { role_trust: trust };
  });

  app.put('/role-trusts/:id', async (request) => {
    const ctx = writeContext(request, clock);
    const id = pathId(request.params, 'id', TRUST_404);
    return updateRoleTrust(db, ctx, id, parseWith(roleTrustUpdateSchema, request.body ?? {}));
  });

  app.delete('/role-trusts/:id', async (request, reply) => {
    const ctx = writeContext(request, clock);
    deleteRoleTrust(db, ctx, pathId(request.params, 'id', TRUST_404));
    return reply.code(204).send();
  });

  app.patch('/role-trusts/:id/restore', async (request) => {
    const ctx = writeContext(request, clock);
    return restoreRoleTrust(db, ctx, pathId(request.params, 'id', TRUST_404));
  });
}
