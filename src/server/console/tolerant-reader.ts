import type { z } from 'zod';
import { describeZodError } from '../../shared/schemas/common';
import { groupListSchema, groupReadSchema, groupSchema } from '../../shared/schemas/group';
import {
  oidcIssuerListSchema,
  oidcIssuerReadSchema,
  oidcIssuerSchema,
} from '../../shared/schemas/oidc-issuer';
import { organizationListSchema } from '../../shared/schemas/organization';
import { policyListSchema, policyReadSchema, policySchema } from '../../shared/schemas/policy';
import { roleListSchema, roleReadSchema, roleSchema } from '../../shared/schemas/role';
import {
  roleTrustListSchema,
  roleTrustReadSchema,
  roleTrustSchema,
} from '../../shared/schemas/role-trust';
import { sessionListSchema, sessionReadSchema, sessionSchema } from '../../shared/schemas/session';
import { userCreatedSchema, userListSchema, userReadSchema } from '../../shared/schemas/user';
import { HttpError } from '../http-error';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{"role": {...}}` or `{...}`: live Vultr may wrap create/update/restore bodies. */
const unwrap = (key: string) => (body: unknown) =>
  isObject(body) && isObject(body[key]) && Object.keys(body).length === 1 ? body[key] : body;

/** A list whose items may sit under another name, e.g. `orgs` for `organizations`. */
const renameList = (to: string, from: string) => (body: unknown) =>
  isObject(body) && !(to in body) && from in body ? { ...body, [to]: body[from] } : body;

/** Zone-less timestamps are UTC. */
const withZone = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(v) ? `${v}Z` : v;

function normalizeSession(s: unknown): unknown {
  if (!isObject(s)) return s;
  const met = s.conditions_met;
  if (
    typeof met !== 'boolean' &&
    withZone(s.expires_at) === s.expires_at &&
    withZone(s.assumed_at) === s.assumed_at
  ) {
    return s;
  }
  return {
    ...s,
    // Some replies carry a bare boolean: keep the information without inventing names.
    conditions_met: typeof met === 'boolean' ? (met ? ['all'] : []) : met,
    expires_at: withZone(s.expires_at),
    assumed_at: withZone(s.assumed_at),
  };
}
const sessionList = (body: unknown) => {
  const b = renameList('sessions', 'assumed_role_sessions')(body);
  if (!isObject(b) || !Array.isArray(b.sessions)) return b;
  const sessions = b.sessions.map(normalizeSession);
  return b === body && sessions.every((x, i) => x === (b.sessions as unknown[])[i])
    ? b
    : { ...b, sessions };
};

/** `assumable_roles` (trusts), or `roles` (role objects) as some replies name them. */
const assumable = (body: unknown) =>
  isObject(body) && !('assumable_roles' in body) && Array.isArray(body.roles)
    ? { ...body, assumable_roles: [], roles: body.roles }
    : body;

interface Rule {
  method: string;
  pattern: RegExp;
  schema: z.ZodType;
  normalize?: (body: unknown) => unknown;
  /** Replies that may carry session tokens are never kept for re-reading. */
  holdsSecrets?: boolean;
}

const ID = '[^/]+';
const rule = (
  method: string,
  path: string,
  schema: z.ZodType,
  normalize?: Rule['normalize'],
): Rule => ({
  method,
  pattern: new RegExp(`^/v2${path.replace(/:id/g, ID)}/?$`),
  schema,
  ...(normalize ? { normalize } : {}),
});

const secret = (r: Rule): Rule => ({ ...r, holdsSecrets: true });

/** The replies the console reads, with the variants live Vultr may send (spec §8). */
const RULES: Rule[] = [
  rule('GET', '/organizations', organizationListSchema, renameList('organizations', 'orgs')),
  rule('GET', '/roles', roleListSchema),
  rule('GET', '/roles/:id', roleReadSchema),
  rule('POST', '/roles', roleSchema, unwrap('role')),
  rule('PUT', '/roles/:id', roleSchema, unwrap('role')),
  rule('PATCH', '/roles/:id/restore', roleSchema, unwrap('role')),
  rule('GET', '/role-trusts', roleTrustListSchema),
  rule('GET', '/role-trusts/by-role/:id', roleTrustListSchema),
  rule('GET', '/role-trusts/:id', roleTrustReadSchema),
  rule('POST', '/role-trusts', roleTrustSchema, unwrap('role_trust')),
  rule('PUT', '/role-trusts/:id', roleTrustSchema, unwrap('role_trust')),
  rule('PATCH', '/role-trusts/:id/restore', roleTrustSchema, unwrap('role_trust')),
  secret(rule('GET', '/assumed-roles/users/:id/sessions', sessionListSchema, sessionList)),
  secret(rule('GET', '/assumed-roles', sessionListSchema, sessionList)),
  secret(
    rule('POST', '/assumed-roles/assume', sessionSchema, (b) =>
      normalizeSession(unwrap('assumed_role')(b)),
    ),
  ),
  rule('GET', '/policies', policyListSchema),
  rule('GET', '/policies/:id', policyReadSchema),
  rule('POST', '/policies', policySchema, unwrap('policy')),
  rule('PUT', '/policies/:id', policySchema, unwrap('policy')),
  rule('PATCH', '/policies/:id/restore', policySchema, unwrap('policy')),
  rule('GET', '/users', userListSchema),
  rule('GET', '/users/:id', userReadSchema),
  rule('POST', '/users', userCreatedSchema, unwrap('user')),
  rule('GET', '/groups', groupListSchema),
  rule('GET', '/groups/:id', groupReadSchema),
  rule('POST', '/groups', groupSchema, unwrap('group')),
  rule('PUT', '/groups/:id', groupSchema, unwrap('group')),
  rule('GET', '/oidc/issuer', oidcIssuerListSchema),
  rule('GET', '/oidc/issuer/:id', oidcIssuerReadSchema),
  rule('POST', '/oidc/issuer', oidcIssuerSchema, unwrap('issuer')),
];

// Read-one rules must not swallow the static paths beside them (e.g. /role-trusts/assumable/…).
const ASSUMABLE = rule(
  'GET',
  '/role-trusts/assumable/:id',
  roleTrustListSchema.partial(),
  assumable,
);
const ASSUMED_ROLE = secret(
  rule('GET', '/assumed-roles/:id', sessionReadSchema, (b) =>
    isObject(b) && isObject(b.assumed_role)
      ? { ...b, assumed_role: normalizeSession(b.assumed_role) }
      : b,
  ),
);

function ruleFor(method: string, path: string): Rule | undefined {
  if (ASSUMABLE.method === method && ASSUMABLE.pattern.test(path)) return ASSUMABLE;
  if (/^\/v2\/assumed-roles\/users\//.test(path) || path === '/v2/assumed-roles') {
    return RULES.find((r) => r.method === method && r.pattern.test(path));
  }
  if (ASSUMED_ROLE.method === method && ASSUMED_ROLE.pattern.test(path)) return ASSUMED_ROLE;
  if (/^\/v2\/users\/me(\/|$)/.test(path)) return undefined;
  return RULES.find((r) => r.method === method && r.pattern.test(path));
}

/**
 * Reads a 2xx JSON reply from the upstream into the shared schema for its route, accepting the
 * variants live Vultr may send; a reply that fits none becomes a 502 that says what did not fit.
 */
function readWith(r: Rule, method: string, path: string, body: Buffer): Buffer {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(502, `the upstream's reply to ${method} ${path} is not JSON`);
  }
  const normalized = r.normalize ? r.normalize(json) : json;
  const parsed = r.schema.safeParse(normalized);
  if (!parsed.success) {
    throw new HttpError(
      502,
      `the upstream's reply to ${method} ${path} does not match the Vultr API (${describeZodError(parsed.error, normalized)})`,
    );
  }
  // A reply already in the documented shape goes on as it came (the SPA reads it with the same
  // schemas); only a variant that had to be reshaped is sent in its normalised form.
  return normalized === json ? body : Buffer.from(JSON.stringify(parsed.data));
}

export interface ReaderLimits {
  /** Replies kept for re-reading, at most. */
  entries: number;
  /** Their bytes, at most (reply and reading together). */
  bytes: number;
  /** A larger reply is read every time. */
  largestReply: number;
}

const DEFAULT_LIMITS: ReaderLimits = {
  entries: 256,
  bytes: 8 * 1024 * 1024,
  largestReply: 512 * 1024,
};

/**
 * The tolerant reader with a memory: for each GET it keeps the last reply it read and what it made
 * of it. When the upstream sends the very same bytes again (a list refetched unchanged, which is
 * most refetches) the earlier reading is reused; any other reply is read in full. Every request
 * still goes upstream, and nothing reaches the browser that was not read from exactly those bytes.
 * Replies that may carry session tokens are never kept.
 */
export class TolerantReader {
  private readonly kept = new Map<string, { raw: Buffer; out: Buffer }>();
  private keptBytes = 0;

  constructor(private readonly limits: ReaderLimits = DEFAULT_LIMITS) {}

  /**
   * Reads `body` (which must not change afterwards) with the rule for its route; routes the
   * console does not know pass through untouched.
   */
  read(method: string, pathWithQuery: string, body: Buffer): Buffer {
    const path = pathWithQuery.split('?')[0] ?? '';
    const r = ruleFor(method, path);
    if (!r) return body;
    const keep = method === 'GET' && !r.holdsSecrets && body.length <= this.limits.largestReply;
    if (!keep) return readWith(r, method, path, body);
    const key = pathWithQuery;
    const earlier = this.kept.get(key);
    if (earlier && earlier.raw.equals(body)) {
      // Most recently used goes last: eviction takes the first.
      this.kept.delete(key);
      this.kept.set(key, earlier);
      return earlier.out;
    }
    const out = readWith(r, method, path, body);
    this.forget(key);
    // The reader owns `body` from here on. A small view into a much larger buffer is copied, so a
    // kept reply never holds on to more memory than its own bytes.
    const raw = body.buffer.byteLength > body.length + 16 * 1024 ? Buffer.from(body) : body;
    const entry = { raw, out: out === body ? raw : out };
    this.kept.set(key, entry);
    this.keptBytes += sizeOf(entry);
    while (this.kept.size > this.limits.entries || this.keptBytes > this.limits.bytes) {
      const oldest = this.kept.keys().next();
      if (oldest.done) break;
      this.forget(oldest.value);
    }
    return entry.out;
  }

  /** How many replies are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }

  private forget(key: string) {
    const entry = this.kept.get(key);
    if (!entry) return;
    this.kept.delete(key);
    this.keptBytes -= sizeOf(entry);
  }
}

const sizeOf = (e: { raw: Buffer; out: Buffer }) =>
  e.raw.length + (e.out === e.raw ? 0 : e.out.length);
