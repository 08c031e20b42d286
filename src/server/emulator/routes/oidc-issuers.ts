import type { FastifyInstance } from 'fastify';
import { listQuerySchema } from '../../../shared/schemas/common';
import { oidcIssuerCreateSchema } from '../../../shared/schemas/oidc-issuer';
import type { Jwk, OidcIssuerValues } from '../../../shared/schemas/oidc-issuer';
import { badRequest, notFound } from '../../http-error';
import { requireCaller } from '../auth';
import type { EmulatorDeps } from '../deps';
import {
  JwksClient,
  JwksFetchError,
  KEYS_UNAVAILABLE,
  RSA_MIN_BITS,
  publicKeyProblem,
} from '../oidc/jwks';
import type { DiscoveryResult } from '../oidc/jwks';
import {
  ISSUER_NOT_FOUND,
  assertIssuerUriFree,
  createIssuer,
  deleteIssuer,
  findIssuerRow,
  issuerFromRow,
  keySourceFromRow,
  listIssuers,
  saveFetchedKeys,
  storedKeys,
} from '../store/oidc-issuers';
import { parseWith, pathId } from './parse';
import { writeContext } from './write-context';

const clients = new WeakMap<EmulatorDeps['db'], JwksClient>();

/**
 * The key cache of one emulator database, shared by these routes and (later) token
 * verification, so both see the same keys and the same cool-downs. Refetched keys are stored.
 */
export function jwksClientFor(deps: EmulatorDeps): JwksClient {
  let client = clients.get(deps.db);
  if (!client) {
    client = new JwksClient({
      clock: deps.clock,
      policy: deps.discovery,
      onRefresh: (issuer, result) => saveFetchedKeys(deps.db, issuer.id, result),
    });
    clients.set(deps.db, client);
  }
  return client;
}

/** The registered key as a JWK, or 400 when its members do not form a usable public key. */
function registeredKey(input: OidcIssuerValues): Jwk | null {
  if (!input.kty || !input.alg) return null;
  const members =
    input.kty === 'RSA' ? { n: input.n, e: input.e } : { crv: input.crv, x: input.x, y: input.y };
  const jwk: Jwk = {
    kty: input.kty,
    ...members,
    ...(input.kid !== undefined ? { kid: input.kid } : {}),
    alg: input.alg,
    use: input.use,
  };
  const problem = publicKeyProblem(jwk);
  if (problem === 'invalid') throw badRequest(`issuer key is not a valid ${input.kty} public key`);
  if (problem === 'short') {
    throw badRequest(`issuer.n must be an RSA modulus of at least ${RSA_MIN_BITS} bits`);
  }
  return jwk;
}

export function oidcIssuerRoutes(app: FastifyInstance, deps: EmulatorDeps) {
  const { db, clock } = deps;
  const keys = jwksClientFor(deps);
  const issuerId = (params: unknown) => pathId(params, 'id', ISSUER_NOT_FOUND);

  app.get('/oidc/issuer', async (request) => {
    const caller = requireCaller(request);
    return listIssuers(db, caller.orgId, parseWith(listQuerySchema, request.query));
  });

  app.post('/oidc/issuer', async (request, reply) => {
    const caller = requireCaller(request);
    const { issuer: input } = parseWith(oidcIssuerCreateSchema, request.body);
    const jwk = registeredKey(input);
    // Refuse a duplicate before going to the network for it.
    assertIssuerUriFree(db, caller.orgId, input.uri);
    let discovered: DiscoveryResult | undefined;
    if (!jwk) {
      // Only https, the development issuer and allowed addresses are ever fetched.
      const refusal = keys.refusal(input.uri);
      if (refusal) throw badRequest(`issuer.uri ${refusal}`);
      try {
        discovered = await keys.discover(input.uri);
      } catch (error) {
        if (!(error instanceof JwksFetchError)) throw error;
        // The precise reason goes to the log only: told to the client, it would map open ports.
        request.log.info({ uri: input.uri, reason: error.message }, 'issuer discovery failed');
        throw badRequest(
          `could not fetch the issuer's keys from ${input.uri}: ${KEYS_UNAVAILABLE}`,
        );
      }
    }
    const created = createIssuer(db, writeContext(request, clock), {
      source: input.source,
      uri: input.uri,
      displayName: input.display_name ?? '',
      ...(jwk ? { jwk } : {}),
      ...(discovered ? { discovered } : {}),
    });
    return reply.code(201).send(created);
  });

  app.get('/oidc/issuer/:id', async (request) => {
    const caller = requireCaller(request);
    const row = findIssuerRow(db, caller.orgId, issuerId(request.params));
    if (!row) throw notFound(ISSUER_NOT_FOUND);
    return { issuer: issuerFromRow(row) };
  });

  app.delete('/oidc/issuer/:id', async (request, reply) => {
    const id = issuerId(request.params);
    deleteIssuer(db, writeContext(request, clock), id);
    keys.forget(id);
    return reply.code(204).send();
  });

  app.get('/oidc/issuer/:id/jwks', async (request) => {
    const caller = requireCaller(request);
    const row = findIssuerRow(db, caller.orgId, issuerId(request.params));
    if (!row) throw notFound(ISSUER_NOT_FOUND);
    try {
      return await keys.getKeys(keySourceFromRow(row));
    } catch (error) {
      // The issuer is unreachable now: show the keys as last fetched rather than fail the read.
      if (error instanceof JwksFetchError) return storedKeys(row);
      throw error;
    }
  });
}
