import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http-error';

/**
 * Refuses, before anything is forwarded, requests a hostile page could make:
 * a foreign Host (DNS rebinding) → 421; missing X-Console-Request, a foreign Origin
 * or a cross-site fetch → 403; a missing or wrong console token → 401.
 */
export function guardConsoleRequest(
  request: FastifyRequest,
  opts: { ownHosts: () => Set<string> | null; consoleToken: string | null },
): void {
  guardOwnHost(request, opts.ownHosts);
  const host = (request.headers.host ?? '').toLowerCase();
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new HttpError(403, 'cross-site requests are refused');
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (originHostOf(origin) !== host) {
      throw new HttpError(403, 'requests from another origin are refused');
    }
  }
  if (request.headers['x-console-request'] !== '1') {
    throw new HttpError(403, 'missing header X-Console-Request: 1');
  }
  if (opts.consoleToken) {
    const presented = request.headers['x-console-token'];
    if (typeof presented !== 'string' || !sameSecret(presented, opts.consoleToken)) {
      throw new HttpError(401, 'console token required');
    }
  }
}

/**
 * Refuses (421) a request whose Host names another site, as a DNS-rebinding page would send it.
 * Before the server listens (no address to compare with) every Host passes.
 */
export function guardOwnHost(request: FastifyRequest, ownHosts: () => Set<string> | null): void {
  const hosts = ownHosts();
  if (hosts && !hosts.has((request.headers.host ?? '').toLowerCase())) {
    throw new HttpError(421, 'Host header does not name this console');
  }
}

function originHostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Compares secrets in constant time (digests first, so lengths do not leak either). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
