import { createPublicKey } from 'node:crypto';
import type { Clock } from '../../clock';
import { jwksSchema, normaliseIssuerUri } from '../../../shared/schemas/oidc-issuer';
import type { Jwk, Jwks } from '../../../shared/schemas/oidc-issuer';
import { HTTPS_ONLY } from './fetch-policy';
import type { FetchPolicy } from './fetch-policy';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The one text clients are told when an issuer's discovery document or keys cannot be had,
 * whatever the reason: a refused connection, a closed port, a timeout and a non-JSON answer all
 * read the same, so the answer tells nothing about what listens where.
 */
export const KEYS_UNAVAILABLE = "the issuer's discovery document or keys could not be fetched";

/**
 * A fetch of an issuer's keys failed. The message is the precise reason, for the server's log
 * and tests only: clients are told KEYS_UNAVAILABLE.
 */
export class JwksFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JwksFetchError';
  }
}

export interface DiscoveryResult {
  jwks: Jwks;
  jwksUri: string;
  fetchedAt: Date;
  expiresAt: Date;
}

/**
 * An issuer as stored: either a registered key (`jwk`) or discovered keys (`jwks`) with the
 * times they were fetched. Keys are only ever fetched from the stored `uri`, never from a
 * URL a token names.
 */
export interface IssuerKeySource {
  id: string;
  uri: string;
  jwk: Jwk | null;
  jwks: Jwks | null;
  fetchedAt: Date | null;
  expiresAt: Date | null;
}

export interface JwksClientOptions {
  clock: Clock;
  fetch?: FetchFn;
  /** Whole discovery (both requests, bodies included) must finish within this. */
  timeoutMs?: number;
  /** How long fetched keys are served from the cache. */
  ttlMs?: number;
  /** Least time between two fetches for one issuer outside the normal expiry. */
  cooldownMs?: number;
  maxBytes?: number;
  /** Which URLs may be fetched (default: https only). */
  policy?: FetchPolicy | undefined;
  /** Called after every successful refetch, e.g. to store the keys. */
  onRefresh?: (issuer: IssuerKeySource, result: DiscoveryResult) => void;
}

export const JWKS_TTL_MS = 10 * 60 * 1000;
export const JWKS_COOLDOWN_MS = 30 * 1000;
export const JWKS_TIMEOUT_MS = 5000;

interface CacheEntry {
  jwks: Jwks | null;
  expiresAt: number;
  /** When a fetch last started, successful or not: the cool-down counts from here. */
  lastAttemptAt: number;
  lastError: JwksFetchError | null;
}

/** A key usable to verify signatures: RSA or EC, not marked for encryption. */
export function isSigningKey(key: Jwk): boolean {
  return (key.use === undefined || key.use === 'sig') && (key.kty === 'RSA' || key.kty === 'EC');
}

export function firstSigningKey(jwks: Jwks | null): Jwk | null {
  return jwks?.keys.find(isSigningKey) ?? null;
}

export const RSA_MIN_BITS = 2048;

/**
 * Why a JWK cannot verify signatures, or null: it must import as a public key, and an RSA
 * modulus must have at least 2048 bits (node imports far shorter ones without complaint).
 */
export function publicKeyProblem(jwk: Jwk): 'invalid' | 'short' | null {
  let bits: number | undefined;
  try {
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    if (key.type !== 'public') return 'invalid';
    bits = key.asymmetricKeyDetails?.modulusLength;
  } catch {
    return 'invalid';
  }
  return jwk.kty === 'RSA' && (bits ?? 0) < RSA_MIN_BITS ? 'short' : null;
}

/** Discovers issuers' keys and caches them for token verification. */
export class JwksClient {
  private readonly fetchFn: FetchFn;
  private readonly clock: Clock;
  private readonly timeoutMs: number;
  private readonly ttlMs: number;
  private readonly cooldownMs: number;
  private readonly maxBytes: number;
  private readonly onRefresh: JwksClientOptions['onRefresh'];
  private readonly policy: FetchPolicy;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<Jwks>>();

  constructor(options: JwksClientOptions) {
    this.clock = options.clock;
    this.fetchFn = options.fetch ?? ((url, init) => fetch(url, init));
    this.timeoutMs = options.timeoutMs ?? JWKS_TIMEOUT_MS;
    this.ttlMs = options.ttlMs ?? JWKS_TTL_MS;
    this.cooldownMs = Math.max(options.cooldownMs ?? JWKS_COOLDOWN_MS, JWKS_COOLDOWN_MS);
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.onRefresh = options.onRefresh;
    this.policy = options.policy ?? HTTPS_ONLY;
  }

  /** Why this client will not fetch from the URL, or null. */
  refusal(url: string): string | null {
    return this.policy.refusal(url);
  }

  /** Reads `<uri>/.well-known/openid-configuration`, then the JWKS its `jwks_uri` names. */
  async discover(uri: string): Promise<DiscoveryResult> {
    const issuer = normaliseIssuerUri(uri);
    const signal = AbortSignal.timeout(this.timeoutMs);
    const config = await this.getJson(
      `${issuer}/.well-known/openid-configuration`,
      'the discovery document',
      signal,
    );
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      throw new JwksFetchError('the discovery document is not a JSON object');
    }
    const doc = config as Record<string, unknown>;
    if (typeof doc.issuer === 'string' && normaliseIssuerUri(doc.issuer) !== issuer) {
      throw new JwksFetchError(`the discovery document names another issuer, ${doc.issuer}`);
    }
    const jwksUri = doc.jwks_uri;
    if (typeof jwksUri !== 'string' || jwksUri === '') {
      throw new JwksFetchError('the discovery document has no jwks_uri');
    }
    const uriProblem = this.policy.refusal(jwksUri) ?? credentialsIn(jwksUri);
    if (uriProblem) throw new JwksFetchError(`jwks_uri ${uriProblem}`);

    const parsed = jwksSchema.safeParse(await this.getJson(jwksUri, 'the JWKS', signal));
    if (!parsed.success) throw new JwksFetchError('the JWKS is not a {"keys": [...]} object');
    const jwks = parsed.data;
    const signing = firstSigningKey(jwks);
    if (!signing) throw new JwksFetchError('the JWKS has no RSA or EC signing key');
    const problem = publicKeyProblem(signing);
    if (problem === 'invalid') {
      throw new JwksFetchError('the first signing key of the JWKS is not a valid public key');
    }
    if (problem === 'short') {
      throw new JwksFetchError(
        `the first signing key of the JWKS is an RSA key shorter than ${RSA_MIN_BITS} bits`,
      );
    }
    const fetchedAt = this.clock.now();
    return { jwks, jwksUri, fetchedAt, expiresAt: new Date(fetchedAt.getTime() + this.ttlMs) };
  }

  /**
   * The issuer's keys: the registered key, or discovered keys served from the cache until they
   * expire, then refetched. A failed refetch is not retried before the cool-down has passed.
   */
  async getKeys(issuer: IssuerKeySource): Promise<Jwks> {
    if (issuer.jwk) return { keys: [issuer.jwk] };
    const entry = this.entryFor(issuer);
    const now = this.clock.now().getTime();
    if (entry?.jwks && now < entry.expiresAt) return entry.jwks;
    if (entry?.lastError && now - entry.lastAttemptAt < this.cooldownMs) throw entry.lastError;
    return this.refresh(issuer);
  }

  /**
   * A token named a kid the cached keys lack: refetch now (the issuer may have rotated its
   * keys), unless the last fetch was within the cool-down, so such tokens cannot make us
   * hammer the issuer.
   */
  async refreshForUnknownKid(issuer: IssuerKeySource): Promise<Jwks> {
    if (issuer.jwk) return { keys: [issuer.jwk] };
    const entry = this.entryFor(issuer);
    const now = this.clock.now().getTime();
    if (entry && now - entry.lastAttemptAt < this.cooldownMs) {
      if (entry.jwks) return entry.jwks;
      if (entry.lastError) throw entry.lastError;
    }
    return this.refresh(issuer);
  }

  /** Forgets an issuer's cached keys (e.g. when the issuer is deleted). */
  forget(issuerId: string): void {
    this.cache.delete(issuerId);
  }

  /** The cache entry, seeded from the stored keys on first use. */
  private entryFor(issuer: IssuerKeySource): CacheEntry | undefined {
    let entry = this.cache.get(issuer.id);
    if (!entry && issuer.jwks && issuer.fetchedAt && issuer.expiresAt) {
      entry = {
        jwks: issuer.jwks,
        expiresAt: issuer.expiresAt.getTime(),
        lastAttemptAt: issuer.fetchedAt.getTime(),
        lastError: null,
      };
      this.cache.set(issuer.id, entry);
    }
    return entry;
  }

  /** One fetch at a time per issuer; concurrent callers share it. */
  private refresh(issuer: IssuerKeySource): Promise<Jwks> {
    const running = this.inflight.get(issuer.id);
    if (running) return running;
    const startedAt = this.clock.now().getTime();
    const previous = this.cache.get(issuer.id);
    const attempt = this.discover(issuer.uri)
      .then(
        (result) => {
          this.cache.set(issuer.id, {
            jwks: result.jwks,
            expiresAt: result.expiresAt.getTime(),
            lastAttemptAt: startedAt,
            lastError: null,
          });
          this.onRefresh?.(issuer, result);
          return result.jwks;
        },
        (error: unknown) => {
          const failure =
            error instanceof JwksFetchError ? error : new JwksFetchError(String(error));
          // Keep serving nothing stale past expiry, but remember when we last tried.
          this.cache.set(issuer.id, {
            jwks: previous?.jwks ?? null,
            expiresAt: previous?.expiresAt ?? 0,
            lastAttemptAt: startedAt,
            lastError: failure,
          });
          throw failure;
        },
      )
      .finally(() => this.inflight.delete(issuer.id));
    this.inflight.set(issuer.id, attempt);
    return attempt;
  }

  private async getJson(url: string, what: string, signal: AbortSignal): Promise<unknown> {
    const refusal = this.policy.refusal(url);
    if (refusal) throw new JwksFetchError(`${what} was not fetched: its URL ${refusal}`);
    let response: Response;
    try {
      response = await this.fetchFn(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      throw new JwksFetchError(`${what} could not be fetched (${this.shortReason(error, signal)})`);
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined);
      const note =
        response.status >= 300 && response.status < 400 ? '; redirects are not followed' : '';
      throw new JwksFetchError(`${what} answered HTTP ${response.status}${note}`);
    }
    let text: string;
    try {
      text = await readLimited(response, this.maxBytes);
    } catch (error) {
      if (error instanceof JwksFetchError) throw new JwksFetchError(`${what} ${error.message}`);
      throw new JwksFetchError(`${what} could not be read (${this.shortReason(error, signal)})`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new JwksFetchError(`${what} is not JSON`);
    }
  }

  private shortReason(error: unknown, signal: AbortSignal): string {
    if (signal.aborted) return `timed out after ${this.timeoutMs / 1000} s`;
    const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
    if (typeof cause?.code === 'string') return cause.code;
    if (typeof cause?.message === 'string') return cause.message;
    return error instanceof Error ? error.message : String(error);
  }
}

function credentialsIn(url: string): string | null {
  const parsed = new URL(url);
  return parsed.username !== '' || parsed.password !== '' ? 'must not contain credentials' : null;
}

/** Reads a body as text, refusing more than `max` bytes without buffering them. */
async function readLimited(response: Response, max: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new JwksFetchError(`is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
