import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { roleInputSchema } from '../../../shared/schemas/role';
import { notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import {
  assignRole,
  attachRolePolicy,
  createRole,
  deleteRole,
  detachRolePolicy,
  findRole,
  listRoleHolders,
  listRolePolicies,
  listRoles,
  restoreRole,
  unassignRole,
  updateRole,
} from '../store/roles';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';
import { NOT_FOUND } from '../not-found';

const ROLE_404 = NOT_FOUND.role;

export function roleRoutes(app: FastifyInstance, { db, clock }: EmulatorDeps) {
  app.get('/roles', async (request) => {
    const caller = requireCaller(request);
    return listRoles(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post('/roles', async (request, reply) => {
    const ctx = writeContext(request, clock);
    const input = parseWith(roleInputSchema, request.body);
    return reply.code(201).send(createRole(db, ctx, input));
  });

  app.get('/roles/:id', async (request) => {
    const caller = requireCaller(request);
    const role = findRole(db, caller.orgId, pathId(request.params, 'id', ROLE_404));
    if (!role) throw notFound(ROLE_404);
    return { role };
  });

  app.put('/roles/:id', async (request) => {
    const ctx = writeContext(request, clock);
    const id = pathId(request.params, 'id', ROLE_404);
    return updateRole(db, ctx, id, parseWith(roleInputSchema, request.body));
  });

  app.delete('/roles/:id', async (request, reply) => {
    const ctx = writeContext(request, clock);
    deleteRole(db, ctx, pathId(request.params, 'id', ROLE_404));
    return reply.code(204).send();
  });

  app.patch('/roles/:id/restore', async (request) => {
    const ctx = writeContext(request, clock);
    return restoreRole(db, ctx, pathId(request.params, 'id', ROLE_404));
  });

  app.get('/roles/:id/policies', async (request) => {
    const caller = requireCaller(request);
    const id = pathId(request.params, 'id', ROLE_404);
    return listRolePolicies(db, caller.orgId, id, parseWith(listQuerySchema, request.query));
  });

  app.post('/roles/:id/policies/:policyId', async (request, reply) => {
    const ctx = writeContext(request, clock);
    const id = pathId(request.params, 'id', ROLE_404);
    const policyId = pathId(request.params, 'policyId', NOT_FOUND.policy);
    return reply.code(201).send(attachRolePolicy(db, ctx, id, policyId));
  });

  app.delete('/roles/:id/policies/:policyId', async (request, reply) => {
    const ctx = writeContext(request, clock);
    const id = pathId(request.params, 'id', ROLE_404);
    detachRolePolicy(db, ctx, id, pathId(request.params, 'policyId', NOT_FOUND.policy));
    return reply.code(204).send();
  });

  for (const kind of ['user', 'group'] as const) {
    const plural = `${kind}s`;
    const holder404 = kind === 'user' ? NOT_FOUND.user : NOT_FOUND.group;
    app.get(`/roles/:id/${plural}`, async (request) => {
      const caller = requireCaller(request);
      const id = pathId(request.params, 'id', ROLE_404);
      return listRoleHolders(db, caller.orgId, id, kind, parseWith(listQuerySchema, request.query));
    });
    app.post(`/roles/:id/${plural}/:holderId`, async (request, reply) => {
      const ctx = writeContext(request, clock);
      const id = pathId(request.params, 'id', ROLE_404);
      const holderId = pathId(request.params, 'holderId', holder404);
      return reply.code(201).send(assignRole(db, ctx, id, kind, holderId));
    });
    app.delete(`/roles/:id/${plural}/:holderId`, async (request, reply) => {
      const ctx = writeContext(request, clock);
      const id = pathId(request.params, 'id', ROLE_404);
      unassignRole(db, ctx, id, kind, pathId(request.params, 'holderId', holder404));
      return reply.code(204).send();
    });
  }
}
