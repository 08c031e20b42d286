import { isObject } from '../shared/api/read';
import type { Json } from '../shared/api/read';
import { matchRoute } from '../shared/api/contract';
import type { Matched, RouteName } from '../shared/api/contract';
import { keepShape, V_FIELDS } from '../shared/api/v-fields';

/**
 * A contract-minimal upstream, as pure functions: what a proxy between the console (live mode) and
 * the emulator does to each request and reply so that the console sees no more than Vultr's own
 * sources promise. Replies keep only their [V] fields; the emulator's own routes answer 404; each
 * shape on which Vultr's sources disagree is switched one way or the other, per run.
 */

/** The documented variants a run switches on or off (spec §8). */
export const VARIANTS = [
  /** Create, update and restore replies wrapped as `{"role": {...}}`. */
  'wrapped_writes',
  /** Organizations listed under `orgs` (govultr) instead of `organizations`. */
  'orgs',
  /** Sessions listed under `assumed_role_sessions`. */
  'assumed_role_sessions',
  /** `conditions_met` as a boolean (OpenAPI) instead of a list of names. */
  'conditions_met_boolean',
  /** `role.policies` as relationship records `{policy_id, policy_name, role_id}` (OpenAPI). */
  'policy_records',
  /** Session `expires_at` without a zone and with a space (`2026-09-18 15:42:19`, UTC). */
  'zoneless_expires_at',
  /** `PUT /policies/{id}` answered with an empty body (OpenAPI). */
  'empty_policy_put',
  /** `/users/{id}/roles|policies` as one flat list (OpenAPI) instead of `{all, direct, inherited}`. */
  'flat_user_access',
  /** Group members named by `first_name` + `last_name` instead of `name`. */
  'member_name_parts',
  /** Group role items named by `display_name` (govultr) rather than `name`. */
  'group_role_display_name',
  /** Error bodies as `{message}` instead of `{error}`. */
  'message_errors',
  /** `GET /assumed-roles/{token}` answered with the session itself, as govultr decodes it. */
  'unwrapped_session_read',
] as const;
export type Variant = (typeof VARIANTS)[number];
export type Variants = Record<Variant, boolean>;

/** A small seeded generator (mulberry32): the same seed always gives the same choices. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each variant on or off, independently, from the seed. */
export function chooseVariants(seed: number): Variants {
  const next = generator(seed);
  return Object.fromEntries(VARIANTS.map((v) => [v, next() < 0.5])) as Variants;
}

/** The run's seed: the given text as an integer, or a random one. */
export function seedFrom(text: string | undefined, random: () => number = Math.random): number {
  if (text !== undefined && text.trim() !== '') {
    const n = Number(text.trim());
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CONTRACT_SEED must be a whole number`);
    return n >>> 0;
  }
  return Math.floor(random() * 2 ** 32) >>> 0;
}

/** What the filter did over a run, for its summary. */
export class FilterTally {
  readonly removed = new Map<string, number>();
  /** Requests for routes Vultr does not have, by route. */
  readonly refused = new Map<string, number>();
  /** Request bodies in a form Vultr's clients never send. */
  readonly rejected = new Map<string, number>();
  readonly rewritten = new Map<string, number>();
  readonly unlisted = new Map<string, number>();

  count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  get removedTotal(): number {
    return sum(this.removed);
  }

  get refusedTotal(): number {
    return sum(this.refused);
  }

  summary(seed: number, variants: Variants): string {
    const lines = [`contract filter: seed ${seed} (CONTRACT_SEED=${seed} repeats this run)`];
    lines.push(
      `variants on: ${VARIANTS.filter((v) => variants[v]).join(', ') || 'none'}`,
      `variants off: ${VARIANTS.filter((v) => !variants[v]).join(', ') || 'none'}`,
    );
    const section = (title: string, map: Map<string, number>) => {
      lines.push(`${title}: ${sum(map)}`);
      for (const [key, n] of [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
        lines.push(`  ${String(n).padStart(6)}  ${key}`);
      }
    };
    section('fields removed (not shown by Vultr’s sources)', this.removed);
    section('requests refused (routes Vultr does not have)', this.refused);
    section('request bodies refused (forms Vultr’s clients never send)', this.rejected);
    section('requests rewritten as a dropping upstream would', this.rewritten);
    section('requests passed on untouched (not in the contract table)', this.unlisted);
    return lines.join('\n');
  }
}

const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

export type RequestDecision =
  { kind: 'answer'; status: number; body: Json } | { kind: 'forward'; body: Buffer };

const NOT_FOUND = { error: 'Not found', status: 404 };

/** A marker zone: a trust written with it loses its days of the week on the way (see below). */
export const DROPPING_ZONE = 'Pacific/Chatham';

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const pathOnly = (url: string) => url.split('?')[0] ?? '';

/**
 * What happens to a request: answered here (a route or a form Vultr does not have), or passed on,
 * its body possibly changed.
 */
export function filterRequest(
  method: string,
  url: string,
  body: Buffer,
  tally: FilterTally,
): RequestDecision {
  const m = matchRoute(method, pathOnly(url));
  if (!m) {
    tally.count(tally.unlisted, `${method} ${pathOnly(url)}`);
    return { kind: 'forward', body };
  }
  const where = `${method} ${m.route.path}`;
  if (m.route.source === 'E') {
    tally.count(tally.refused, url.includes('?') ? `${where}?${queryNames(url)}` : where);
    return { kind: 'answer', status: 404, body: NOT_FOUND };
  }
  // Vultr addresses a session by its token; an id in its place is the emulator's addition.
  if (
    (m.name === 'readSession' || m.name === 'revokeSession') &&
    !m.params.token?.startsWith('ars-')
  ) {
    tally.count(tally.refused, `${method} /assumed-roles/{session id}`);
    return { kind: 'answer', status: 404, body: NOT_FOUND };
  }
  if (m.name === 'createTrust' || m.name === 'updateTrust') {
    const json = parseJson(body);
    if (isObject(json)) {
      // Vultr's clients send valid_until as a string or not at all.
      if ('valid_until' in json && json.valid_until === null) {
        tally.count(tally.rejected, `${where} with valid_until: null`);
        return {
          kind: 'answer',
          status: 400,
          body: { error: 'valid_until must be a string', status: 400 },
        };
      }
      const dropped = dropDaysForMarkerZone(json);
      if (dropped) {
        tally.count(tally.rewritten, `${where}: days_of_week dropped (${DROPPING_ZONE})`);
        return { kind: 'forward', body: Buffer.from(JSON.stringify(dropped)) };
      }
    }
  }
  return { kind: 'forward', body };
}

const queryNames = (url: string) =>
  [...new URLSearchParams(url.slice(url.indexOf('?') + 1)).keys()].map((k) => `${k}=`).join('&');

/**
 * An upstream that keeps a schedule's hours but not its days: a trust whose zone is the marker
 * zone goes on without `days_of_week`, so the console's read-back check has something to find.
 */
function dropDaysForMarkerZone(body: Json): Json | null {
  const conditions = body.conditions;
  if (!isObject(conditions) || !isObject(conditions.time_of_day)) return null;
  const { days_of_week: days, ...rest } = conditions.time_of_day;
  if (rest.timezone !== DROPPING_ZONE || days === undefined) return null;
  return { ...body, conditions: { ...conditions, time_of_day: rest } };
}

export interface FilteredReply {
  status: number;
  /** Empty for no body. */
  body: Buffer;
}

/** What the console receives for the emulator's reply to a request that was passed on. */
export function filterReply(
  method: string,
  url: string,
  reply: FilteredReply,
  variants: Variants,
  tally: FilterTally,
): FilteredReply {
  const json = parseJson(reply.body);
  if (reply.status >= 400) {
    if (variants.message_errors && isObject(json) && typeof json.error === 'string') {
      const { error, ...rest } = json;
      return {
        status: reply.status,
        body: Buffer.from(JSON.stringify({ message: error, ...rest })),
      };
    }
    return reply;
  }
  const m = matchRoute(method, pathOnly(url));
  if (!m || reply.status < 200 || reply.status >= 300 || json === undefined) return reply;
  const shape = V_FIELDS[m.name];
  if (shape === undefined || shape === 'no-body') return reply;
  if (m.name === 'updatePolicy' && variants.empty_policy_put)
    return { status: 204, body: Buffer.alloc(0) };
  const kept = keepShape(shape, json, (path) => tally.count(tally.removed, `${m.name}: ${path}`));
  const out = applyVariants(m, kept, variants);
  return { status: reply.status, body: Buffer.from(JSON.stringify(out)) };
}

/** The wrapper each create, update and restore reply may come in. */
const WRAPPER: Partial<Record<RouteName, string>> = {
  createRole: 'role',
  updateRole: 'role',
  restoreRole: 'role',
  createTrust: 'role_trust',
  updateTrust: 'role_trust',
  restoreTrust: 'role_trust',
  createPolicy: 'policy',
  updatePolicy: 'policy',
  restorePolicy: 'policy',
  createUser: 'user',
  createGroup: 'group',
  updateGroup: 'group',
  createIssuer: 'issuer',
  assume: 'assumed_role',
};

const ROLE_REPLIES = new Set<RouteName>(['createRole', 'updateRole', 'restoreRole']);
const USER_ACCESS = new Set<RouteName>(['userRoles', 'myRoles', 'userPolicies', 'myPolicies']);
const GROUP_LISTS = new Set<RouteName>([
  'listGroups',
  'userGroups',
  'myGroups',
  'createGroup',
  'updateGroup',
]);

/** Applies `f` to each item of `body[key]` when it is a list. */
function eachIn(body: unknown, key: string, f: (item: Json) => Json): unknown {
  if (!isObject(body) || !Array.isArray(body[key])) return body;
  return { ...body, [key]: (body[key] as unknown[]).map((i) => (isObject(i) ? f(i) : i)) };
}

/** Renames `body[from]` to `to`, keeping the other fields. */
function rename(body: unknown, from: string, to: string): unknown {
  if (!isObject(body) || !(from in body)) return body;
  const { [from]: value, ...rest } = body;
  return { ...rest, [to]: value };
}

function applyVariants(m: Matched, body: unknown, v: Variants): unknown {
  let out = body;
  const name = m.name;

  // Roles: their policies as relationship records.
  if (v.policy_records) {
    const asRecords = (role: Json): Json =>
      Array.isArray(role.policies)
        ? {
            ...role,
            policies: (role.policies as unknown[]).map((p) =>
              isObject(p) ? { policy_id: p.id, policy_name: p.name, role_id: role.id } : p,
            ),
          }
        : role;
    if (name === 'listRoles') out = eachIn(out, 'roles', asRecords);
    if (name === 'readRole' && isObject(out) && isObject(out.role)) {
      out = { ...out, role: asRecords(out.role) };
    }
    if (ROLE_REPLIES.has(name) && isObject(out)) out = asRecords(out);
    if ((name === 'userRoles' || name === 'myRoles') && isObject(out) && isObject(out.roles)) {
      const sets = out.roles;
      out = {
        ...out,
        roles: Object.fromEntries(
          Object.entries(sets).map(([k, items]) => [
            k,
            Array.isArray(items) ? items.map((r) => (isObject(r) ? asRecords(r) : r)) : items,
          ]),
        ),
      };
    }
  }

  // Sessions.
  const session = (s: Json): Json => {
    let x = s;
    if (v.conditions_met_boolean && Array.isArray(x.conditions_met)) {
      x = { ...x, conditions_met: x.conditions_met.length > 0 };
    }
    if (v.zoneless_expires_at && typeof x.expires_at === 'string') {
      const at = new Date(x.expires_at);
      if (!Number.isNaN(at.getTime())) {
        x = { ...x, expires_at: at.toISOString().slice(0, 19).replace('T', ' ') };
      }
    }
    return x;
  };
  if (name === 'listUserSessions') {
    out = eachIn(out, 'sessions', session);
    if (v.assumed_role_sessions) out = rename(out, 'sessions', 'assumed_role_sessions');
  }
  if (name === 'readSession' && isObject(out) && isObject(out.assumed_role)) {
    out = v.unwrapped_session_read
      ? session(out.assumed_role)
      : { ...out, assumed_role: session(out.assumed_role) };
  }
  if (name === 'assume' && isObject(out)) out = session(out);

  if (name === 'listOrganizations' && v.orgs) out = rename(out, 'organizations', 'orgs');

  // A user's roles and policies as one flat list.
  if (v.flat_user_access && USER_ACCESS.has(name) && isObject(out)) {
    const key = name === 'userRoles' || name === 'myRoles' ? 'roles' : 'policies';
    const sets = out[key];
    if (isObject(sets) && Array.isArray(sets.all)) out = { ...out, [key]: sets.all };
  }

  // Group members by first and last name.
  if (v.member_name_parts) {
    const parts = (member: Json): Json => {
      if (typeof member.name !== 'string') return member;
      const { name: full, ...rest } = member;
      const trimmed = full.trim();
      const space = trimmed.search(/\s/);
      return {
        ...rest,
        first_name: space < 0 ? trimmed : trimmed.slice(0, space),
        last_name: space < 0 ? '' : trimmed.slice(space).trim(),
      };
    };
    const group = (g: Json): Json => eachIn(g, 'members', parts) as Json;
    if (name === 'listGroupMembers') out = eachIn(out, 'members', parts);
    if (GROUP_LISTS.has(name))
      out = isObject(out) && 'groups' in out ? eachIn(out, 'groups', group) : group(out as Json);
    if (name === 'readGroup' && isObject(out) && isObject(out.group)) {
      out = { ...out, group: group(out.group) };
    }
  }

  // Group role items named one way or the other.
  if (name === 'groupRoles' && isObject(out) && isObject(out.roles)) {
    const named = (item: unknown): unknown => {
      if (!isObject(item)) return item;
      const { name: plain, display_name: display, ...rest } = item;
      const label = display ?? plain;
      return v.group_role_display_name
        ? { ...rest, display_name: label }
        : { ...rest, name: label };
    };
    out = {
      ...out,
      roles: Object.fromEntries(
        Object.entries(out.roles).map(([k, items]) => [
          k,
          Array.isArray(items) ? items.map(named) : items,
        ]),
      ),
    };
  }

  // Last: the wrapper around a written object.
  const wrapper = WRAPPER[name];
  if (v.wrapped_writes && wrapper && isObject(out)) out = { [wrapper]: out };
  return out;
}
