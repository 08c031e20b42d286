import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Jwk } from '../../shared/schemas/oidc-issuer';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A real OIDC issuer for tests, on 127.0.0.1 and a free port: serves a discovery document and
 * a JWKS, counts requests, and lets a test replace any path's handler.
 */
export interface TestIssuer {
  /** The issuer identifier, e.g. `http://127.0.0.1:41234/tenant`. */
  uri: string;
  /** Paths requested, in order. */
  requests: string[];
  /** The keys /jwks serves; replace to rotate. */
  keys: Jwk[];
  /** Handlers by path (including the prefix), overriding the defaults. */
  routes: Map<string, Handler>;
  count(suffix: string): number;
  close(): Promise<void>;
}

const rsaKeys = new Map<string, Jwk>();

/** An RSA public key; one per kid, since generating them is slow. */
export function rsaJwk(kid: string): Jwk {
  let jwk = rsaKeys.get(kid);
  if (!jwk) {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    jwk = { ...(publicKey.export({ format: 'jwk' }) as Jwk), kid, alg: 'RS256', use: 'sig' };
    rsaKeys.set(kid, jwk);
  }
  return { ...jwk };
}

export function ecJwk(kid: string): Jwk {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...(publicKey.export({ format: 'jwk' }) as Jwk), kid, alg: 'ES256', use: 'sig' };
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startTestIssuer(prefix = ''): Promise<TestIssuer> {
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const issuer: TestIssuer = {
    uri: '',
    requests,
    keys: [rsaJwk('key-1')],
    routes,
    count: (suffix) => requests.filter((p) => p.endsWith(suffix)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const defaults = new Map<string, Handler>([
    [
      `${prefix}/.well-known/openid-configuration`,
      (_req, res) => sendJson(res, 200, { issuer: issuer.uri, jwks_uri: `${issuer.uri}/jwks` }),
    ],
    [`${prefix}/jwks`, (_req, res) => sendJson(res, 200, { keys: issuer.keys })],
  ]);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const handler = routes.get(path) ?? defaults.get(path);
    if (handler) handler(req, res);
    else sendJson(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  issuer.uri = `http://127.0.0.1:${port}${prefix}`;
  return issuer;
}
