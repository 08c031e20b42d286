import { generateKeyPairSync } from 'node:crypto';
import type { JsonWebKey } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { importJWK, SignJWT } from 'jose';
import { devTokenRequestSchema } from '../../../shared/schemas/console-api';
import type { Clock } from '../../clock';
import { forbidden, unauthorized } from '../../http-error';
import { sendJsonError } from '../../errors';
import { bearerToken } from '../auth';
import { parseWith } from '../routes/parse';
import { callerForApiKey } from '../store/api-keys';
import type { Db } from '../store/database';
import { DEV_ISSUER_PATH } from '../../embedded';
import { repointIssuer } from '../store/oidc-issuers';

export const DEV_ISSUER_KID = 'console-dev-1';
/** Where the seed registers the development issuer until the server knows its own address. */
export const DEV_ISSUER_PLACEHOLDER_URI = `http://127.0.0.1${DEV_ISSUER_PATH}`;

export interface DevIssuerKey {
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey & { kid: string; alg: string; use: string };
}

/** The development issuer's RSA key: generated on first start, kept (0600) in DATA_DIR. */
export function loadDevIssuerKey(file: string): DevIssuerKey {
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(file, JSON.stringify(privateKey.export({ format: 'jwk' })), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JsonWebKey;
  const { n, e, kty } = privateJwk;
  return { privateJwk, publicJwk: { kty, n, e, kid: DEV_ISSUER_KID, alg: 'RS256', use: 'sig' } };
}

/** Points the registered development issuer at this server's real address (it changes with PORT). */
export function syncDevIssuerUri(db: Db, issuerUri: string): void {
  repointIssuer(db, { pathSuffix: DEV_ISSUER_PATH, kid: DEV_ISSUER_KID }, issuerUri);
}

/**
 * A development OIDC issuer (embedded mode only): discovery, JWKS, and a token endpoint for the
 * owner, so web-identity assumption can be tried offline.
 */
export async function devIssuerPlugin(
  app: FastifyInstance,
  opts: { db: Db; clock: Clock; key: DevIssuerKey; issuerUri: () => string },
) {
  const { db, clock, key, issuerUri } = opts;
  const signingKey = await importJWK(
    { ...key.privateJwk, alg: 'RS256' } as Parameters<typeof importJWK>[0],
    'RS256',
  );
  app.setErrorHandler((error, request, reply) => sendJsonError(error, request, reply));

  app.get('/.well-known/openid-configuration', async () => ({
    issuer: issuerUri(),
    jwks_uri: `${issuerUri()}/jwks`,
    token_endpoint: `${issuerUri()}/token`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
  }));

  app.get('/jwks', async () => ({ keys: [key.publicJwk] }));

  app.post('/token', async (request) => {
    const token = bearerToken(request);
    if (!token) throw unauthorized('Missing Bearer token in the Authorization header.');
    const caller = callerForApiKey(db, token);
    if (!caller) throw unauthorized('Invalid API token.');
    if (!caller.isOwner) throw forbidden('only the organization owner may mint development tokens');
    const input = parseWith(devTokenRequestSchema, request.body ?? {});
    const now = Math.floor(clock.now().getTime() / 1000);
    const exp = now + input.ttl_seconds;
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: DEV_ISSUER_KID, typ: 'JWT' })
      .setIssuer(issuerUri())
      .setSubject(input.sub)
      .setAudience(input.aud)
      .setIssuedAt(Math.min(now, exp - 60))
      .setExpirationTime(exp)
      .setJti(crypto.randomUUID())
      .sign(signingKey);
    return { token: jwt, expires_at: new Date(exp * 1000).toISOString() };
  });
}
