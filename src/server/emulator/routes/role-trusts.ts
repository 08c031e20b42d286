import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { roleTrustCreateSchema, roleTrustUpdateSchema } from '../../../shared/schemas/role-trust';
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
import { recordRoutes } from './record-routes';
import { NOT_FOUND } from '../not-found';

export function roleTrustRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  const { db } = deps;

  recordRoutes(app, deps, {
    path: '/role-trusts',
    key: 'role_trust',
    notFound: NOT_FOUND.trust,
    list: listRoleTrusts,
    create: (db, ctx, body) => createRoleTrust(db, ctx, parseWith(roleTrustCreateSchema, body)),
    find: findRoleTrust,
    // Every field of a replacement is optional: an empty body changes nothing.
    update: (db, ctx, id, body) =>
      updateRoleTrust(db, ctx, id, parseWith(roleTrustUpdateSchema, body ?? {})),
    remove: deleteRoleTrust,
    restore: restoreRoleTrust,
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
}
