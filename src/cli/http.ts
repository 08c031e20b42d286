import type { z } from 'zod';
import { describeZodError } from '../shared/schemas/common';
import { pathOf, readReply } from '../shared/api/contract';
import type { ReplyOf, Route } from '../shared/api/contract';
import { CliError } from './errors';

/** How long one request may take before the endpoint counts as unreachable. */
const TIMEOUT_MS = 30_000;
const PER_PAGE = '500';

/** A refusal from `/v2`, with its status (the caller decides what it means there). */
export class ApiError extends CliError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A connection that failed before any reply, worded with the URL and the system's reason. */
export function unreachable(url: string, error: unknown): CliError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  const reason = timedOut
    ? `no answer within ${TIMEOUT_MS / 1000} s`
    : (cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
  return new CliError(
    `cannot reach ${url} (${reason}); check VULTR_API_URL and your network connection`,
  );
}

/** Sends one request; a network failure becomes a CliError naming the URL. */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw unreachable(url, error);
  }
}

/** The `/v2` API at one endpoint, called with one API key. */
export class VultrApi {
  constructor(
    readonly endpoint: string,
    private readonly apiKey: string,
  ) {}

  /** GETs a route of the contract table and reads the reply with its schema. */
  async get<R extends Route>(
    route: R,
    params: Record<string, string> = {},
    query: Record<string, string | undefined> = {},
  ): Promise<ReplyOf<R>> {
    const url = `${this.endpoint}${pathOf(route, params, query)}`;
    const res = await send(url, {
      headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' },
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = undefined;
    }
    const shown = url.replace(/\?.*$/, '');
    if (!res.ok) {
      const said =
        body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
          ? body.error
          : `HTTP ${res.status}`;
      if (res.status === 401) {
        throw new ApiError(
          `${this.endpoint} refused VULTR_API_KEY (HTTP 401: ${said}); the key may be wrong, expired or revoked`,
          401,
        );
      }
      throw new ApiError(`GET ${shown} failed (HTTP ${res.status}): ${said}`, res.status);
    }
    if (body === undefined) throw new CliError(`GET ${shown} did not answer JSON`);
    const read = readReply(route, body, params);
    if (!read.ok) {
      throw new CliError(
        `GET ${shown} answered a shape this CLI cannot read: ${describeZodError(read.issue as z.ZodError, body)}`,
      );
    }
    return read.data;
  }

  /** Every item of a list route, following `meta.links.next` (a cursor seen twice ends it). */
  async all<R extends Route, T>(
    route: R,
    items: (page: ReplyOf<R>) => T[],
    params: Record<string, string> = {},
  ): Promise<T[]> {
    const out: T[] = [];
    const seen = new Set<string>();
    let cursor = '';
    do {
      seen.add(cursor);
      const page = await this.get(route, params, {
        per_page: PER_PAGE,
        cursor: cursor || undefined,
      });
      out.push(...items(page));
      cursor = (page as { meta?: { links?: { next?: string } } }).meta?.links?.next ?? '';
    } while (cursor && !seen.has(cursor));
    return out;
  }
}
