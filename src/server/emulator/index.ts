import type { FastifyInstance } from 'fastify';
import { sendJsonError } from '../errors';
import { HttpError } from '../http-error';
import { authenticate } from './auth';
import { authorizeRequest } from './permissions';
import { groupRoutes } from './routes/groups';
import { oidcIssuerRoutes } from './routes/oidc-issuers';
import { organizationRoutes } from './routes/organizations';
import { policyRoutes } from './routes/policies';
import { roleRoutes } from './routes/roles';
import { roleTrustRoutes } from './routes/role-trusts';
import { sessionRoutes } from './routes/sessions';
import { userRoutes } from './routes/users';
import type { EmulatorDeps } from './deps';
import { trackRoutes } from './method-not-allowed';
import { stsPlugin } from './sts/index';

export type { EmulatorDeps } from './deps';

/**
 * The Vultr IAM v2 API, mounted at /v2: the JSON API (Bearer auth like the real API; no ambient
 * credential) and the AWS STS-compatible endpoint (form in, XML out, its own auth per action).
 */
export async function emulatorPlugin(app: FastifyInstance, deps: EmulatorDeps) {
  app.decorateRequest('caller', null);
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

  // Only the dependencies go on: the options object also carries this plugin's own prefix.
  const children: EmulatorDeps = {
    db: deps.db,
    clock: deps.clock,
    discovery: deps.discovery,
    enforcePolicies: deps.enforcePolicies ?? true,
  };
  await app.register(jsonApi, children);
  await app.register(stsPlugin, children);
}

async function jsonApi(app: FastifyInstance, deps: EmulatorDeps) {
  // The API speaks JSON only.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => {
    request.caller = authenticate(deps.db, deps.clock, request);
    if (deps.enforcePolicies !== false) authorizeRequest(deps.db, deps.clock, request);
  });

  roleRoutes(app, deps);
  roleTrustRoutes(app, deps);
  sessionRoutes(app, deps);
  organizationRoutes(app, deps.db);
  policyRoutes(app, deps);
  oidcIssuerRoutes(app, deps);
  userRoutes(app, deps);
  groupRoutes(app, deps);
}
