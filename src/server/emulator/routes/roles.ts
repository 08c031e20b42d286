import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { Db } from '../store/database';
import { findRole, listRoles } from '../store/roles';
import { parseWith, pathId } from './parse';

export function roleRoutes(app: FastifyInstance, db: Db) {
  app.get('/roles', async (request) => {
    const caller = requireCaller(request);
    const query = parseWith(listQuerySchema, request.query);
    return listRoles(db, caller.orgId, query);
  });

  app.get('/roles/:id', async (request) => {
    const caller = requireCaller(request);
    const id = pathId(request.params, 'id', 'Role not found');
    const role = findRole(db, caller.orgId, id);
    if (!role) throw notFound('Role not found');
    return { role };
  });
}
