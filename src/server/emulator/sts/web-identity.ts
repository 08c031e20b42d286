import { decodeJwt, decodeProtectedHeader, errors, importJWK, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import type { Clock } from '../../clock';
import type { Db } from '../store/database';
import { findIssuerRowByUri, keySourceFromRow } from '../store/oidc-issuers';
import type { JwksClient } from '../oidc/jwks';
import { StsError } from './sts-error';

export const ACCEPTED_AUDIENCES = ['vultr', 'vultr-iam', 'sts.amazonaws.com'];
const ALLOWED_ALGS = new Set(['RS256', 'RS384', 'RS512', 'ES256']);
const CLOCK_TOLERANCE_S = 60;

export interface VerifiedIdentity {
  issuerId: string;
  iss: string;
  sub: string;
  audience: string;
  claims: JWTPayload;
}

const invalid = (message: string) => new StsError('InvalidIdentityToken', 400, message);

/** What JSON type a claim value has, for messages ("a number", "an array", "null", …). */
function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

/**
 * Why the token's iss, sub or aud has the wrong type, or null: iss and sub must be non-empty
 * strings, aud a non-empty string or a non-empty array of non-empty strings.
 */
export function claimTypeProblem(payload: Record<string, unknown>): string | null {
  for (const claim of ['iss', 'sub'] as const) {
    if (!(claim in payload) || payload[claim] === undefined) {
      return `The web identity token has no ${claim} claim.`;
    }
    const value = payload[claim];
    if (typeof value !== 'string') {
      return `The web identity token's ${claim} claim must be a string, not ${jsonTypeOf(value)}.`;
    }
    if (value === '') return `The web identity token's ${claim} claim must not be empty.`;
  }
  if (!('aud' in payload) || payload.aud === undefined) {
    return 'The web identity token has no aud claim.';
  }
  const aud = payload.aud;
  if (typeof aud === 'string') {
    return aud === '' ? "The web identity token's aud claim must not be empty." : null;
  }
  if (Array.isArray(aud)) {
    if (aud.length === 0) return "The web identity token's aud claim must not be an empty array.";
    const bad = (aud as unknown[]).find((item) => typeof item !== 'string' || item === '');
    if (bad !== undefined) {
      return `The web identity token's aud claim must be a string or an array of strings; it holds ${
        bad === '' ? 'an empty string' : jsonTypeOf(bad)
      }.`;
    }
    return null;
  }
  return `The web identity token's aud claim must be a string or an array of strings, not ${jsonTypeOf(aud)}.`;
}

/**
 * Verifies a web identity token for an organization: its issuer must be registered there,
 * the signature must check with that issuer's key (never a key the token points at), and
 * iss/aud/exp/nbf/iat must hold.
 */
export async function verifyWebIdentity(
  db: Db,
  clock: Clock,
  keys: JwksClient,
  orgId: string,
  token: string,
  audiences: string[] = ACCEPTED_AUDIENCES,
): Promise<VerifiedIdentity> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let unverified: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    unverified = decodeJwt(token);
  } catch {
    throw invalid('The web identity token is not a well-formed JWT.');
  }
  const alg = header.alg ?? '';
  if (!ALLOWED_ALGS.has(alg)) {
    throw invalid(`The web identity token's algorithm ${alg || '(none)'} is not allowed.`);
  }
  const claimProblem = claimTypeProblem(unverified);
  if (claimProblem) throw invalid(claimProblem);
  const iss = unverified.iss as string;
  const issuer = findIssuerRowByUri(db, orgId, iss);
  if (!issuer) throw invalid(`The token's issuer ${iss} is not a registered OIDC issuer.`);

  const source = keySourceFromRow(issuer);
  const pick = (set: { keys: { kid?: string | undefined; alg?: string | undefined }[] }) =>
    header.kid
      ? set.keys.find((k) => k.kid === header.kid)
      : set.keys.length === 1
        ? set.keys[0]
        : undefined;
  let jwk;
  try {
    jwk = pick(await keys.getKeys(source)) ?? pick(await keys.refreshForUnknownKid(source));
  } catch {
    // One text whatever went wrong, as for registration: the reason would tell what listens where.
    throw new StsError(
      'IDPCommunicationError',
      400,
      `The keys of issuer ${iss} could not be fetched.`,
    );
  }
  if (!jwk) throw invalid(`The issuer has no key with kid ${header.kid ?? '(none)'}.`);
  if (jwk.alg && jwk.alg !== alg) {
    throw invalid(`The token is signed with ${alg} but the issuer's key is for ${jwk.alg}.`);
  }

  let payload: JWTPayload;
  try {
    const key = await importJWK({ ...jwk, alg } as Parameters<typeof importJWK>[0], alg);
    ({ payload } = await jwtVerify(token, key, {
      algorithms: [alg],
      issuer: [iss],
      audience: audiences,
      clockTolerance: CLOCK_TOLERANCE_S,
      currentDate: clock.now(),
      requiredClaims: ['sub', 'aud', 'exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      throw new StsError('ExpiredTokenException', 400, 'The web identity token has expired.');
    }
    throw invalid(`The web identity token is not valid: ${(error as Error).message}`);
  }
  const now = clock.now().getTime() / 1000;
  if (typeof payload.iat === 'number' && payload.iat > now + CLOCK_TOLERANCE_S) {
    throw invalid('The web identity token was issued in the future (iat).');
  }
  const verifiedProblem = claimTypeProblem(payload);
  if (verifiedProblem) throw invalid(verifiedProblem);
  const tokenAudiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud ?? ''];
  return {
    issuerId: issuer.id,
    iss,
    sub: payload.sub as string,
    audience: tokenAudiences.find((a) => audiences.includes(a)) ?? '',
    claims: payload,
  };
}
