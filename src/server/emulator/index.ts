import type { FastifyInstance } from 'fastify';
import { sendJsonError } from '../errors';
import { HttpError } from '../http-error';
import { authenticate } from './auth';
import { groupRoutes } from './routes/groups';
import { oidcIssuerRoutes } from './routes/oidc-issuers';
import { organizationRoutes } from './routes/organizations';
import { policyRoutes } from './routes/policies';
import { roleRoutes } from './routes/roles';
import { roleTrustRoutes } from './routes/role-trusts';
import { userRoutes } from './routes/users';
import type { EmulatorDeps } from './deps';
import { trackRoutes } from './method-not-allowed';

export type { EmulatorDeps } from './deps';

/** The Vultr IAM v2 API, mounted at /v2. Bearer auth like the real API; no ambient credential. */
export async function emulatorPlugin(app: FastifyInstance, deps: EmulatorDeps) {
  const { db } = deps;
  app.decorateRequest('caller', null);
  // The API speaks JSON only (the STS endpoint adds its form parser itself).
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error, request, reply) => sendJsonError(error, request, reply));
  const allowedMethods = trackRoutes(app);
  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(request.url.split('?')[0] ?? '');
    const error = allowed
      ? new HttpError(405, `${request.method} is not allowed here; use ${allowed.join(', ')}`, {
          allow: allowed.join(', '),
        })
      : new HttpError(404, 'Not found');
    return sendJsonError(error, request, reply);
  });
  app.addHook('onRequest', async (request) => {
    request.caller = authenticate(db, request);
  });

  roleRoutes(app, deps);
  roleTrustRoutes(app, deps);
  organizationRoutes(app, db);
  policyRoutes(app, deps);
  oidcIssuerRoutes(app, deps);
  userRoutes(app, deps);
  groupRoutes(app, deps);
}
