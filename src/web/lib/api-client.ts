import type { ReplyOf } from '../../shared/api/contract';
import { pathOf } from '../../shared/api/routes';
import type { RouteInfo, RouteName } from '../../shared/api/routes';
import { credentials } from './credentials';

/** The server's answer when CONSOLE_TOKEN is set and the request lacked it (or had a wrong one). */
export const CONSOLE_TOKEN_REQUIRED = 'console token required';

/** Which credential a refused request was sent with. */
export type CredentialKind = 'own-key' | 'server-key' | 'other-key' | 'session';

const CREDENTIAL_WORDS: Record<CredentialKind, string> = {
  'own-key': 'your key',
  'server-key': "the console server's key",
  'other-key': 'this key',
  session: 'this session',
};

/** A request the API refused (403): the action the credential lacks, and on what. */
export interface Forbidden {
  action: string;
  /** A resource id, or `*` for a collection. */
  resource: string;
  credential: CredentialKind;
}

/** "Not allowed: your key lacks iam.role.Create on *." */
export function forbiddenMessage(f: Forbidden): string {
  return `Not allowed: ${CREDENTIAL_WORDS[f.credential]} lacks ${f.action} on ${f.resource}.`;
}

const FORBIDDEN_TEXT =
  /Not allowed: (your key|the console server's key|this key|this session) lacks (\S+) on (\S+?)\./;

/**
 * The refusal a text reports, when it carries forbiddenMessage's sentence (also inside a longer
 * notice such as "Could not delete role X: Not allowed: …"); null otherwise.
 */
export function forbiddenInText(text: string): Forbidden | null {
  const m = FORBIDDEN_TEXT.exec(text);
  if (!m) return null;
  const credential = (Object.keys(CREDENTIAL_WORDS) as CredentialKind[]).find(
    (k) => CREDENTIAL_WORDS[k] === m[1],
  )!;
  return { action: m[2]!, resource: m[3]!, credential };
}

/** The refusal an error reports: its own, or one its message carries; null for anything else. */
export function forbiddenOf(error: unknown): Forbidden | null {
  if (error instanceof ApiError && error.forbidden) return error.forbidden;
  return error instanceof Error ? forbiddenInText(error.message) : null;
}

/**
 * The console backend's own 403s (a request from another site or origin, or without the
 * console's header): about the request, not about a permission.
 */
const CONSOLE_GUARD_REFUSAL =
  /^(cross-site requests|requests from another origin) are refused$|X-Console-Request/;

/** The emulator's (and spec's) refusal: "<caller> is not authorized to perform <action> on <resource>". */
const AUTHORIZATION_SENTENCE = / is not authorized to perform \S+ on \S+/;

/** Every failed request, whatever its source: HTTP status, a human message, and AWS details when any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly requestId?: string,
    /** For a 403 on a route of the contract: the action that was missing, and on what. */
    readonly forbidden?: Forbidden,
    /** What the API itself said, when the message above is the console's own wording. */
    readonly upstreamMessage?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * A credential for this request only (for example a session token, to check it still works);
   * replaces the user's pasted key. Kept in memory by the caller, never stored.
   */
  apiKey?: string;
}

export interface ConsoleSecrets {
  apiKey: string | null;
  consoleToken: string | null;
}

/**
 * The headers the console backend wants: X-Console-Request on everything (the backend refuses
 * /api requests without it); on /api only, the user's own API key (forwarded upstream for that
 * request only) and the console token. /healthz and other paths never see the secrets.
 */
export function consoleHeaders(path: string, secrets: ConsoleSecrets): Record<string, string> {
  const headers: Record<string, string> = { 'X-Console-Request': '1' };
  if (path === '/api' || path.startsWith('/api/')) {
    if (secrets.apiKey !== null) headers['X-Vultr-Api-Key'] = secrets.apiKey;
    if (secrets.consoleToken !== null) headers['X-Console-Token'] = secrets.consoleToken;
  }
  return headers;
}

/**
 * Reads a reply body: a zod schema is one. Typed by shape so this module (on the first page) does
 * not load zod; the schemas come with the code that asks.
 */
export interface BodyReader<T> {
  safeParse(body: unknown): { success: true; data: T } | { success: false };
}

/** Takes any body as it is (callApi reads it afterwards with the route's own schema). */
const ANY_BODY: BodyReader<unknown> = { safeParse: (body) => ({ success: true, data: body }) };

/**
 * The contract's reply schemas (and zod with them), loaded with the first API call rather than
 * with the page: the shell and the skeleton show while they arrive beside that call's reply.
 */
const contract = () => import('../../shared/api/contract');

/**
 * Calls the console backend with the console headers. A 401 "console token required" also
 * tells the credentials store to ask the user for the token; the caller still gets the ApiError.
 */
export async function apiRequest<T>(
  path: string,
  schema: BodyReader<T>,
  options: RequestOptions = {},
): Promise<T> {
  const secrets: ConsoleSecrets = {
    apiKey: options.apiKey ?? credentials.apiKey(),
    consoleToken: credentials.consoleToken(),
  };
  const headers: Record<string, string> = {
    ...consoleHeaders(path, secrets),
    Accept: 'application/json',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'The console server cannot be reached. Is it still running?');
  }
  const text = await response.text();
  let json: unknown = undefined;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!response.ok) {
    // Vultr answers `{error, status}`, some endpoints `{message}`: read both.
    const body = (json ?? {}) as {
      error?: unknown;
      message?: unknown;
      code?: string;
      requestId?: string;
    };
    const said =
      typeof body.error === 'string'
        ? body.error
        : typeof body.message === 'string'
          ? body.message
          : '';
    const message = said || `Request failed with status ${response.status}`;
    if (response.status === 401 && message === CONSOLE_TOKEN_REQUIRED) {
      credentials.consoleTokenRejected(secrets.consoleToken);
    }
    throw new ApiError(response.status, message, body.code, body.requestId);
  }
  // An empty 2xx body reads as null: schemas that allow it (e.g. OpenAPI's empty policy PUT)
  // let the caller refetch; the others refuse it below.
  const result = schema.safeParse(text === '' ? null : json);
  if (!result.success) {
    throw new ApiError(502, 'The API answered with a reply the console does not understand.');
  }
  return result.data;
}

export interface CallOptions extends Omit<RequestOptions, 'method'> {
  /** The path template's parameters, e.g. `{ roleId }`. */
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
}

/**
 * Calls one route of the contract table through the console backend (`/api/v2/...`) and reads the
 * reply with the route's schema. The only way the SPA reaches the Vultr API.
 */
export async function callApi<R extends RouteInfo>(
  route: R,
  options: CallOptions = {},
): Promise<ReplyOf<R>> {
  const { params = {}, query, ...rest } = options;
  // The reply schemas load while the request is under way; a failed load is reported below.
  const schemas = contract();
  schemas.catch(() => undefined);
  let raw: unknown;
  try {
    raw = await apiRequest(`/api${pathOf(route, params, query)}`, ANY_BODY, {
      ...rest,
      method: route.method,
    });
  } catch (error) {
    if (
      error instanceof ApiError &&
      error.status === 403 &&
      route.action !== null &&
      !CONSOLE_GUARD_REFUSAL.test(error.message) &&
      // A route that checks in its handler (assume) refuses for other reasons too (a trust, a
      // session): only the API's own "not authorized to perform" sentence is a missing action.
      (!route.checkedInHandler || AUTHORIZATION_SENTENCE.test(error.message))
    ) {
      const forbidden: Forbidden = {
        action: route.action,
        resource: refusedResource(route, params, error.message),
        credential: credentialKind(options.apiKey),
      };
      // Words of the API's that are not its authorization sentence may say more: keep them.
      const said = error.message.trim();
      const more =
        AUTHORIZATION_SENTENCE.test(said) || /^(forbidden|access denied)?\.?$/i.test(said)
          ? ''
          : ` The API said: ${said}`;
      throw new ApiError(
        403,
        `${forbiddenMessage(forbidden)}${more}`,
        error.code,
        error.requestId,
        forbidden,
        error.message,
      );
    }
    throw error;
  }
  const { API, readReply } = await schemas;
  const read = readReply(API[route.name as RouteName], raw ?? null, params);
  if (!read.ok) {
    throw new ApiError(502, 'The API answered with a reply the console does not understand.');
  }
  return read.data as ReplyOf<R>;
}

/** The credential a request goes out with, as a refusal names it. */
function credentialKind(perRequestKey: string | undefined): CredentialKind {
  if (perRequestKey !== undefined)
    return perRequestKey.startsWith('ars-') ? 'session' : 'other-key';
  return credentials.apiKey() !== null ? 'own-key' : 'server-key';
}

/**
 * What a refused request acted on: the id its route names as the resource, else `*`. A route
 * whose resource is in the body takes it from the refusal's own words when they give it.
 */
function refusedResource(route: RouteInfo, params: Record<string, string>, said: string): string {
  const named = route.resource ? params[route.resource] : undefined;
  if (named) return named;
  if (route.checkedInHandler && route.action) {
    const m = / perform (\S+) on (\S+?)\.?$/.exec(said);
    if (m && m[1] === route.action) return m[2]!;
  }
  return '*';
}
