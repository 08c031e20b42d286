import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guardOwnHost } from './console/guards';
import { sendJsonError } from './errors';

/** Prefixes owned by the backend; everything else that asks for HTML gets the SPA. */
const BACKEND_PREFIXES = ['/api/', '/v2/', '/oidc/', '/healthz'];

/** Whether a path (no query) belongs to the backend rather than to the web app. */
const isBackendPath = (path: string) =>
  BACKEND_PREFIXES.some((p) => path === p.replace(/\/$/, '') || path.startsWith(p));

/**
 * Serves the built SPA: hashed assets cached for a year, index.html never cached,
 * and index.html for client routes such as /organization/roles.
 */
export async function registerWebApp(
  app: FastifyInstance,
  webRoot: string | null,
  ownHosts: () => Set<string> | null,
) {
  // The web app answers only under this console's own name: a DNS-rebinding page must not load
  // it as its own. /api has the same check in its guards; /v2, /oidc and /healthz hold no
  // ambient credential and answer any Host, like api.vultr.com.
  app.addHook('onRequest', async (request, reply) => {
    if (isBackendPath(request.url.split('?')[0] ?? '/')) return;
    try {
      guardOwnHost(request, ownHosts);
    } catch (error) {
      return sendJsonError(error, request, reply);
    }
  });

  const hasBuild = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasBuild) {
    // reply.sendFile for index.html and the files at the root (favicon, …), never cached.
    await app.register(fastifyStatic, { root: webRoot, serve: false, cacheControl: false });
    for (const entry of readdirSync(webRoot, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name === 'index.html') continue;
      app.get(`/${entry.name}`, (_request, reply) =>
        reply.header('cache-control', 'no-cache').sendFile(entry.name, { cacheControl: false }),
      );
    }
    // Hashed assets under a wildcard route, so a rebuild's new files are served without a restart.
    await app.register(fastifyStatic, {
      root: join(webRoot, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      setHeaders(res) {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !isBackendPath(path) &&
      !/\.[a-z0-9]+$/i.test(path);
    if (wantsPage && hasBuild) {
      return reply
        .header('cache-control', 'no-cache')
        .sendFile('index.html', { cacheControl: false });
    }
    if (wantsPage) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The console web app is not built yet: run `npm run build` (npm start does it for you).',
        );
    }
    return reply.code(404).send({ error: 'Not found', status: 404 });
  });
}
