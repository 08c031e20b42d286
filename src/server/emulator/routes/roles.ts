import type { FastifyInstance } from 'fastify';
import { roleInputSchema } from '../../../shared/schemas/role';
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
import { parseWith } from './parse';
import { linkRoutes, recordRoutes } from './record-routes';
import { NOT_FOUND } from '../not-found';

export function roleRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  recordRoutes(app, deps, {
    path: '/roles',
    key: 'role',
    notFound: NOT_FOUND.role,
    list: listRoles,
    create: (db, ctx, body) => createRole(db, ctx, parseWith(roleInputSchema, body)),
    find: findRole,
    update: (db, ctx, id, body) => updateRole(db, ctx, id, parseWith(roleInputSchema, body)),
    remove: deleteRole,
    restore: restoreRole,
  });

  const owner = { path: '/roles', notFound: NOT_FOUND.role };
  linkRoutes(app, deps, {
    ...owner,
    linked: 'policies',
    linkedNotFound: NOT_FOUND.policy,
    list: listRolePolicies,
    attach: attachRolePolicy,
    detach: detachRolePolicy,
  });
  for (const kind of ['user', 'group'] as const) {
    linkRoutes(app, deps, {
      ...owner,
      linked: `${kind}s`,
      linkedNotFound: NOT_FOUND[kind],
      list: (db, orgId, id, query) => listRoleHolders(db, orgId, id, kind, query),
      attach: (db, ctx, id, holderId) => assignRole(db, ctx, id, kind, holderId),
      detach: (db, ctx, id, holderId) => unassignRole(db, ctx, id, kind, holderId),
    });
  }
}
