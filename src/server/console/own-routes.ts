import type { FastifyInstance, FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import {
  devTokenRequestSchema,
  devTokenResponseSchema,
  type CallAsUser,
  type ClientAddress,
} from '../../shared/schemas/console-api';
import { describeZodError } from '../../shared/schemas/common';
import type { ConsoleMode } from '../../shared/schemas/health';
import { badRequest, HttpError } from '../http-error';
import { DEV_ISSUER_PATH } from '../embedded';
import type { CallAs } from '../embedded';
import { safeJson } from './sts-proxy';
import type { UpstreamClient } from './upstream';

export interface OwnRoutesDeps {
  mode: ConsoleMode;
  upstream: UpstreamClient;
  serverApiKey: string | null;
  callAs?: CallAs | undefined;
}

const embeddedOnly = (what: string) =>
  new HttpError(404, `${what} is only available in embedded mode`);

/** Reads a raw JSON body (the console keeps bodies raw for forwarding). */
export function jsonBody(request: FastifyRequest): unknown {
  try {
    return JSON.parse(Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '');
  } catch {
    throw badRequest('body is not valid JSON');
  }
}

/** The address as people write it: IPv4-mapped IPv6 (::ffff:10.0.0.1) becomes plain IPv4. */
export function plainAddress(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const parsed = ipaddr.parse(ip);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  }
  return parsed.toString();
}

/**
 * The console's own helpers beside the proxy: the address it sees for the browser ("Add my IP",
 * what-if), and in embedded mode the users it can act as and development tokens.
 */
export function ownRoutes(app: FastifyInstance, deps: OwnRoutesDeps) {
  app.get('/client-address', async (request): Promise<ClientAddress> => ({
    ip: plainAddress(request.ip),
  }));

  app.get('/call-as-users', async (): Promise<{ users: CallAsUser[] }> => {
    if (deps.mode !== 'embedded' || !deps.callAs) throw embeddedOnly('Call as');
    return { users: deps.callAs.users() };
  });

  app.post('/dev-token', async (request) => {
    if (deps.mode !== 'embedded' || !deps.serverApiKey) {
      throw embeddedOnly('The development issuer');
    }
    const body = jsonBody(request);
    const parsed = devTokenRequestSchema.safeParse(body);
    if (!parsed.success) throw badRequest(describeZodError(parsed.error, body));
    const res = await deps.upstream.send({
      method: 'POST',
      path: `${DEV_ISSUER_PATH}/token`,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(parsed.data),
      bearer: deps.serverApiKey,
    });
    const token = devTokenResponseSchema.safeParse(safeJson(res.body));
    if (res.status !== 200 || !token.success) {
      throw new HttpError(502, `the development issuer answered HTTP ${res.status}`);
    }
    return token.data;
  });
}
