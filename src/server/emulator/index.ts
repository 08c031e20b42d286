import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock';
import { sendJsonError } from '../errors';
import { HttpError } from '../http-error';
import { authenticate } from './auth';
import { organizationRoutes } from './routes/organizations';
import { roleRoutes } from './routes/roles';
import type { Db } from './store/database';

export interface EmulatorDeps {
  db: Db;
  clock: Clock;
}

/** The Vultr IAM v2 API, mounted at /v2. Bearer auth like the real API; no ambient credential. */
export async function emulatorPlugin(app: FastifyInstance, deps: EmulatorDeps) {
  const { db } = deps;
  app.decorateRequest('caller', null);
  app.setErrorHandler((error, request, reply) => sendJsonError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendJsonError(new HttpError(404, 'Not found'), request, reply),
  );
  app.addHook('onRequest', async (request) => {
    request.caller = authenticate(db, request);
  });

  roleRoutes(app, db);
  organizationRoutes(app, db);
}
