import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ConsoleMode } from '../../shared/schemas/health';
import { sendJsonError } from '../errors';
import { HttpError } from '../http-error';
import { guardConsoleRequest } from './guards';
import type { UpstreamClient } from './upstream';

export interface ConsoleDeps {
  mode: ConsoleMode;
  upstream: UpstreamClient;
  /** The server-held credential (the owner key in embedded mode, VULTR_API_KEY in live mode). */
  serverApiKey: string | null;
  consoleToken: string | null;
  ownHosts: () => Set<string> | null;
}

/** Request headers passed on to the upstream; everything else (cookies, origin, …) stays here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept'];
/** Response headers passed back to the browser. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-amzn-requestid'];

/** The console's backend under /api: guards, then forwards to the upstream with the credential. */
export async function consolePlugin(app: FastifyInstance, deps: ConsoleDeps) {
  app.setErrorHandler((error, request, reply) => sendJsonError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendJsonError(new HttpError(404, 'Not found'), request, reply),
  );
  // Bodies are forwarded as they came: keep them raw.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (request) => {
    guardConsoleRequest(request, { ownHosts: deps.ownHosts, consoleToken: deps.consoleToken });
  });

  app.all('/v2/*', async (request, reply) => {
    const bearer = credentialFor(request, deps);
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const path = request.url.slice('/api'.length);
    const upstream = await deps.upstream.send({
      method: request.method,
      path,
      headers,
      body: Buffer.isBuffer(request.body) ? request.body : undefined,
      bearer,
    });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) reply.header(name, value);
    }
    return reply.code(upstream.status).send(upstream.body);
  });
}

function credentialFor(request: FastifyRequest, deps: ConsoleDeps): string {
  const own = request.headers['x-vultr-api-key'];
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  if (deps.serverApiKey) return deps.serverApiKey;
  throw new HttpError(
    401,
    'no API key: paste your Vultr API key in the console, or set VULTR_API_KEY on the server',
  );
}
