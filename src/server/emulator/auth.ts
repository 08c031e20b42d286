import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../http-error';
import type { Caller } from './store/api-keys';
import { callerForApiKey } from './store/api-keys';
import type { Db } from './store/database';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Resolves the Bearer token to a caller, or answers 401. */
export function authenticate(db: Db, request: FastifyRequest): Caller {
  const token = bearerToken(request);
  if (!token) throw unauthorized('Missing Bearer token in the Authorization header.');
  const caller = callerForApiKey(db, token);
  if (!caller) throw unauthorized('Invalid API token.');
  return caller;
}

export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized('Missing Bearer token in the Authorization header.');
  return request.caller;
}
