import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../http-error';
import type { Clock } from '../clock';
import type { Caller } from './store/api-keys';
import { callerForApiKey } from './store/api-keys';
import type { Db } from './store/database';
import { findActiveSession, SESSION_TOKEN_PREFIX } from './store/sessions';

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

/** The caller a Bearer token names: a user's API key, or an active assumed-role session token. */
export function callerForToken(db: Db, clock: Clock, token: string): Caller | null {
  if (token.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = findActiveSession(db, token, clock.now());
    if (!session) return null;
    return {
      userId: session.user_id || session.id,
      orgId: session.orgId,
      name: session.session_name,
      isOwner: false,
      session: { id: session.id, roleId: session.role_id },
    };
  }
  return callerForApiKey(db, token);
}

/** Resolves the Bearer token to a caller, or answers 401. */
export function authenticate(db: Db, clock: Clock, request: FastifyRequest): Caller {
  const token = bearerToken(request);
  if (!token) throw unauthorized('Missing Bearer token in the Authorization header.');
  const caller = callerForToken(db, clock, token);
  if (!caller) {
    throw unauthorized(
      token.startsWith(SESSION_TOKEN_PREFIX)
        ? 'The session token is unknown, expired or revoked.'
        : 'Invalid API token.',
    );
  }
  return caller;
}

export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized('Missing Bearer token in the Authorization header.');
  return request.caller;
}
