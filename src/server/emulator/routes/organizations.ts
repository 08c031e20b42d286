import type { FastifyInstance } from 'fastify';
import { requireCaller } from '../auth';
import type { Db } from '../store/database';
import { findOrganization } from '../store/organizations';

export function organizationRoutes(app: FastifyInstance, db: Db) {
  app.get('/organizations', async (request) => {
    const caller = requireCaller(request);
    const org = findOrganization(db, caller.orgId);
    const organizations = org ? [org] : [];
    return {
      organizations,
      meta: { total: organizations.length, links: { next: '', prev: '' } },
    };
  });
}
