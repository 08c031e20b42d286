import { errorBodySchema } from '../../shared/schemas/common';
import type { z } from 'zod';

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
}

/**
 * Calls the console backend. Every request carries X-Console-Request (the backend refuses
 * requests without it) and, when the user pasted one, their own API key for this request only.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  options: RequestOptions = {},
): Promise<z.output<T>> {
  const headers: Record<string, string> = { 'X-Console-Request': '1', Accept: 'application/json' };
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
    const parsed = errorBodySchema.partial().safeParse(json);
    const message =
      (parsed.success && parsed.data.error) || `Request failed with status ${response.status}`;
    const extra = (json ?? {}) as { code?: string; requestId?: string };
    throw new ApiError(response.status, message, extra.code, extra.requestId);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new ApiError(502, 'The API answered with a reply the console does not understand.');
  }
  return result.data;
}
