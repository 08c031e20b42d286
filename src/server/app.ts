import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { API, pathOf } from '../shared/api/contract';
import type { Health } from '../shared/schemas/health';
import type { Clock } from './clock';
import type { ConsoleConfig } from './config';
import { consolePlugin } from './console/index';
import { UpstreamClient } from './console/upstream';
import type { UpstreamOptions } from './console/upstream';
import type { CallAs } from './embedded';
import { emulatorPlugin } from './emulator/index';
import {
  answerClientError,
  rememberRequestStarts,
  MAX_HEADER_BYTES,
  MAX_PARAM_LENGTH,
  sendFrameworkError,
} from './errors';
import type { Db } from './emulator/store/database';
import { DEV_ISSUER_PATH } from './embedded';
import { devIssuerPlugin, syncDevIssuerUri } from './emulator/oidc/dev-issuer';
import type { DevIssuerKey } from './emulator/oidc/dev-issuer';
import { fetchPolicy } from './emulator/oidc/fetch-policy';
import { addSecurityHeaders } from './security-headers';
import { VERSION } from './version';
import { registerWebApp } from './web-static';

export const BODY_LIMIT = 1024 * 1024;

export interface AppDeps {
  config: Pick<ConsoleConfig, 'mode' | 'upstream' | 'consoleToken' | 'host'> &
    Partial<Pick<ConsoleConfig, 'oidcDiscoveryAllow' | 'enforcePolicies'>>;
  clock: Clock;
  /** Embedded mode: the emulator's database. */
  db: Db | null;
  /** Embedded mode: the seeded users' API keys, for assuming roles as one of them. */
  callAs?: CallAs | undefined;
  /** Rate limit of POST /api/sts per client address (default 30 at once, 10 a second). */
  stsRateLimit?: { burst: number; perSecond: number };
  /** Upstream timeouts and retries (tests shorten them). */
  upstreamOptions?: UpstreamOptions;
  /** Embedded mode: the development OIDC issuer's signing key. */
  devIssuerKey?: DevIssuerKey | null;
  /** The credential the console presents upstream (embedded: the owner key). */
  serverApiKey: string | null;
  /** Directory of the built SPA (dist/web), or null to serve none. */
  webRoot: string | null;
  logger?: boolean;
  /** Where log lines go (tests read them back); stdout when absent. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole server from its dependencies; does not listen (main.ts does). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : { level: 'warn', ...(deps.logStream ? { stream: deps.logStream } : {}) },
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    forceCloseConnections: true,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    // Refusals by the router and the HTTP parser get the same answers as the routes' own errors.
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: answerClientError,
  });

  rememberRequestStarts(app.server);

  // Asked once per listen: the guards and the upstream client need it on every request.
  let listening: AddressInfo | null = null;
  app.server.on('listening', () => (listening = null));
  app.server.on('close', () => (listening = null));
  const address = () => {
    if (listening) return listening;
    const a = app.server.address();
    listening = a && typeof a === 'object' ? (a as AddressInfo) : null;
    return listening;
  };
  /** This server's own base URL over loopback, once it listens (worked out once per address). */
  let self: { key: string; base: string; hosts: Set<string> } | null = null;
  const selfOf = (a: AddressInfo) => {
    const key = `${a.address} ${a.port}`;
    if (self?.key === key) return self;
    const host =
      a.family === 'IPv6'
        ? a.address === '::'
          ? '[::1]'
          : `[${a.address}]`
        : a.address === '0.0.0.0'
          ? '127.0.0.1'
          : a.address;
    const names = ['127.0.0.1', 'localhost', '[::1]', deps.config.host.toLowerCase()];
    self = {
      key,
      base: `http://${host}:${a.port}`,
      hosts: new Set(names.map((n) => `${n}:${a.port}`)),
    };
    return self;
  };
  const selfBase = () => {
    const a = address();
    if (!a) throw new Error('the server does not listen yet');
    return selfOf(a).base;
  };
  // In embedded mode the upstream is this very server, reached over loopback like any other.
  const upstream = new UpstreamClient(
    () => deps.config.upstream ?? selfBase(),
    deps.upstreamOptions,
  );
  app.addHook('onClose', async () => upstream.close());
  const ownHosts = () => {
    const a = address();
    return a ? selfOf(a).hosts : null;
  };

  addSecurityHeaders(app);

  if (deps.db) {
    const db = deps.db;
    const issuerUri = () => `${selfBase()}${DEV_ISSUER_PATH}`;
    const discovery = fetchPolicy({
      allow: deps.config.oidcDiscoveryAllow ?? [],
      devIssuerUri: () => (deps.devIssuerKey && address() ? issuerUri() : null),
    });
    await app.register(emulatorPlugin, {
      prefix: '/v2',
      db,
      clock: deps.clock,
      discovery,
      enforcePolicies: deps.config.enforcePolicies,
    });
    if (deps.devIssuerKey) {
      await app.register(devIssuerPlugin, {
        prefix: DEV_ISSUER_PATH,
        db,
        clock: deps.clock,
        key: deps.devIssuerKey,
        issuerUri,
      });
      app.addHook('onListen', async () => syncDevIssuerUri(db, issuerUri()));
    }
  }
  await app.register(consolePlugin, {
    prefix: '/api',
    mode: deps.config.mode,
    upstream,
    serverApiKey: deps.serverApiKey,
    consoleToken: deps.config.consoleToken,
    ownHosts,
    callAs: deps.callAs,
    ...(deps.stsRateLimit ? { stsRateLimit: deps.stsRateLimit } : {}),
  });

  let reachability: { at: number; ok: boolean } | null = null;
  app.get('/healthz', async (): Promise<Health> => {
    if (!reachability || Date.now() - reachability.at > 15_000) {
      // Any HTTP answer (even 401) means the upstream is there.
      const ok = await upstream
        .send({
          method: 'GET',
          path: pathOf(API.listOrganizations),
          headers: {},
          bearer: null,
          timeoutMs: 3000,
        })
        .then(
          () => true,
          () => false,
        );
      reachability = { at: Date.now(), ok };
    }
    return {
      status: 'ok',
      mode: deps.config.mode,
      version: VERSION,
      upstream: { host: upstream.host, reachable: reachability.ok },
    };
  });

  await registerWebApp(app, deps.webRoot, ownHosts);
  return app;
}
