import type { FastifyInstance, FastifyRequest } from 'fastify';
import { describeZodError } from '../../shared/schemas/common';
import type { ConsoleMode } from '../../shared/schemas/health';
import { stsProxyRequestSchema } from '../../shared/schemas/sts';
import { sendJsonError } from '../errors';
import { badRequest, HttpError } from '../http-error';
import { redactText } from '../redact';
import type { CallAs } from '../embedded';
import { guardConsoleRequest } from './guards';
import { jsonBody, ownRoutes } from './own-routes';
import { RateLimiter } from './rate-limit';
import { callSts, StsProxyError } from './sts-proxy';
import { TolerantReader } from './tolerant-reader';
import type { UpstreamClient } from './upstream';

export interface ConsoleDeps {
  mode: ConsoleMode;
  upstream: UpstreamClient;
  /** The server-held credential (the owner key in embedded mode, VULTR_API_KEY in live mode). */
  serverApiKey: string | null;
  consoleToken: string | null;
  ownHosts: () => Set<string> | null;
  /** Embedded mode: the seeded users' API keys, for "Call as". */
  callAs?: CallAs | undefined;
  stsRateLimit?: { burst: number; perSecond: number };
}

/** Request headers passed on to the upstream; everything else (cookies, origin, …) stays here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept'];
/** Response headers passed back to the browser. */
const FORWARDED_RESPONSE_HEADERS = ['retry-after', 'x-amzn-requestid'];
const USER_KEY_HEADER = 'x-vultr-api-key';

/** The console's backend under /api: guards, then forwards to the upstream with the credential. */
export async function consolePlugin(app: FastifyInstance, deps: ConsoleDeps) {
  const reader = new TolerantReader();
  const limiter = new RateLimiter(
    deps.stsRateLimit?.burst ?? 30,
    deps.stsRateLimit?.perSecond ?? 10,
  );
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError && error.status >= 500) {
      request.log.warn(
        { url: redactText(request.url) },
        redactText(error.message, secretsOf(request)),
      );
    }
    return sendJsonError(error, request, reply);
  });
  app.setNotFoundHandler((request, reply) =>
    sendJsonError(new HttpError(404, 'Not found'), request, reply),
  );
  // Bodies are forwarded as they came: keep them raw.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  const guardOptions = { ownHosts: deps.ownHosts, consoleToken: deps.consoleToken };
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      guardConsoleRequest(request, guardOptions);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  });

  function secretsOf(request: FastifyRequest): string[] {
    const own = request.headers[USER_KEY_HEADER];
    return [deps.serverApiKey ?? '', typeof own === 'string' ? own : ''];
  }

  /** The API key of this request: the one the user pasted, else the server-held one. */
  function credentialOf(request: FastifyRequest): string | null {
    const own = request.headers[USER_KEY_HEADER];
    if (typeof own === 'string' && own.trim() !== '') return own.trim();
    return deps.serverApiKey;
  }

  function credentialFor(request: FastifyRequest): string {
    const key = credentialOf(request);
    if (key) return key;
    throw new HttpError(
      401,
      'no API key: paste your Vultr API key in the console, or set VULTR_API_KEY on the server',
    );
  }

  ownRoutes(app, deps);

  app.all('/v2/*', async (request, reply) => {
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
      bearer: credentialFor(request),
    });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstream.headers[name];
      if (value) reply.header(name, value);
    }
    reply.code(upstream.status).type('application/json; charset=utf-8');
    if (upstream.status === 204 || upstream.body.length === 0) return reply.send();
    if (upstream.status >= 200 && upstream.status < 300) {
      return reply.send(reader.read(request.method, path, upstream.body));
    }
    return reply.send(errorBody(upstream.status, upstream.body, deps.upstream.host));
  });

  app.post('/sts', async (request, reply) => {
    const retryAfter = limiter.take(request.ip);
    if (retryAfter !== null) {
      throw new HttpError(429, 'too many assume requests; wait and try again', {
        'retry-after': String(retryAfter),
      });
    }
    const body = jsonBody(request);
    const parsed = stsProxyRequestSchema.safeParse(body);
    if (!parsed.success) throw badRequest(describeZodError(parsed.error, body));
    const { call_as: callAs, ...input } = parsed.data;
    let apiKey: string | null = null;
    let lookupKey: string | null = null;
    if (input.action === 'AssumeRoleWithWebIdentity') {
      // The JWT is the caller; an API key only finds the organization a role id belongs to.
      if (input.role_id !== undefined) lookupKey = credentialOf(request);
    } else {
      if (callAs) {
        if (deps.mode !== 'embedded' || !deps.callAs) {
          throw badRequest('call_as is only available in embedded mode');
        }
        apiKey = deps.callAs.keyFor(callAs);
        if (!apiKey) throw badRequest('call_as names no seeded user with an API key');
      } else {
        apiKey = credentialFor(request);
      }
    }
    try {
      return await callSts(deps.upstream, { input, apiKey, lookupKey });
    } catch (error) {
      if (!(error instanceof StsProxyError)) throw error;
      return reply.code(error.status).send({
        error: error.message,
        status: error.status,
        code: error.code,
        message: error.message,
        requestId: error.requestId,
      });
    }
  });
}

/**
 * An upstream error reply in the documented shape, whatever the upstream sent: `{error}` and
 * `{message}` bodies (some Vultr endpoints answer the latter) both keep their text.
 */
function errorBody(status: number, body: Buffer, host: string): { error: string; status: number } {
  try {
    const json = JSON.parse(body.toString('utf8')) as { error?: unknown; message?: unknown };
    if (typeof json.error === 'string' && json.error !== '') return { error: json.error, status };
    if (typeof json.message === 'string' && json.message !== '') {
      return { error: json.message, status };
    }
  } catch {
    // fall through: not JSON
  }
  return { error: `upstream ${host} answered HTTP ${status}`, status };
}
