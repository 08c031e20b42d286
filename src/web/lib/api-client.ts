import { z } from 'zod';
import { pathOf, readReply } from '../../shared/api/contract';
import type { ReplyOf, Route } from '../../shared/api/contract';
import { credentials } from './credentials';

/** The server's answer when CONSOLE_TOKEN is set and the request lacked it (or had a wrong one). */
export const CONSOLE_TOKEN_REQUIRED = 'console token required';

/** Every failed request, whatever its source: HTTP status, a human message, and AWS details when any. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly requestId?: string,
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
 * Calls the console backend with the console headers. A 401 "console token required" also
 * tells the credentials store to ask the user for the token; the caller still gets the ApiError.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  options: RequestOptions = {},
): Promise<z.output<T>> {
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
export async function callApi<R extends Route>(
  route: R,
  options: CallOptions = {},
): Promise<ReplyOf<R>> {
  const { params = {}, query, ...rest } = options;
  const raw = await apiRequest(`/api${pathOf(route, params, query)}`, z.unknown(), {
    ...rest,
    method: route.method,
  });
  const read = readReply(route, raw ?? null, params);
  if (!read.ok) {
    throw new ApiError(502, 'The API answered with a reply the console does not understand.');
  }
  return read.data;
}
