import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import type { Role } from '../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { evaluateTrusts } from '../../../../shared/trust/evaluate';
import { nextOpening } from '../../../../shared/trust/schedule';
import type { TrustCaller, TrustCondition } from '../../../../shared/trust/types';
import { trustedEntity } from '../../../lib/trust-names';
import type { Directory } from '../../../lib/trust-names';
import { readJwtClaims } from './jwt-claims';

export const CONDITION_LABELS: Record<TrustCondition, string> = {
  trusted_principal: 'Trusted entity',
  valid_until: 'Valid until',
  ip_address: 'IP access',
  time_of_day: 'Schedule',
};

/**
 * "User Avery Quinn", "Group On-call", "OIDC Issuer Development issuer": the trust's own names,
 * else the directory's (an issuer's name is never in a Vultr trust), else the id.
 */
export function trustPrincipal(trust: RoleTrust, directory: Directory = {}): string {
  const entity = trustedEntity(trust, directory);
  return `${entity.kind} ${entity.name}`;
}

export interface ConditionVerdict {
  condition: TrustCondition;
  label: string;
  held: boolean;
  /** Why it failed, as the shared evaluator words it. */
  reason?: string;
}

export interface TrustVerdict {
  trust: RoleTrust;
  principal: string;
  allowed: boolean;
  namesCaller: boolean;
  conditions: ConditionVerdict[];
  /** When the trust's schedule next opens, if the schedule is what failed. */
  nextOpening: Date | null;
}

export interface RoleVerdict {
  allowed: boolean;
  /** One sentence: which trust allowed, or which condition of the closest trust failed. */
  summary: string;
  trusts: TrustVerdict[];
}

/**
 * Runs the shared evaluator over one role's trusts and words the outcome with the trusts' names
 * (the evaluator itself only knows ids).
 */
export function judgeRole(
  trusts: readonly RoleTrust[],
  caller: TrustCaller,
  sourceIp: string,
  instant: Date,
  directory: Directory = {},
): RoleVerdict {
  const result = evaluateTrusts(trusts, caller, sourceIp, instant);
  const verdicts = result.trusts.map((evaluation, i): TrustVerdict => {
    const trust = trusts[i]!;
    const failed = new Map(evaluation.failed.map((f) => [f.condition, f.reason]));
    const schedule = trust.conditions.time_of_day;
    return {
      trust,
      principal: trustPrincipal(trust, directory),
      allowed: evaluation.allowed,
      namesCaller: !failed.has('trusted_principal'),
      conditions: [...evaluation.met, ...evaluation.failed.map((f) => f.condition)]
        .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
        .map((condition) => {
          const reason = failed.get(condition);
          return {
            condition,
            label: CONDITION_LABELS[condition],
            held: reason === undefined,
            ...(reason === undefined ? {} : { reason }),
          };
        }),
      nextOpening: failed.has('time_of_day') && schedule ? nextOpening(schedule, instant) : null,
    };
  });
  return { allowed: result.allowed, summary: summarize(verdicts), trusts: verdicts };
}

const ORDER: TrustCondition[] = ['trusted_principal', 'valid_until', 'ip_address', 'time_of_day'];

function summarize(verdicts: readonly TrustVerdict[]): string {
  const allowing = verdicts.find((v) => v.allowed);
  if (allowing) {
    return `Allowed by the trust for ${allowing.principal} (${allowing.trust.trust_type}).`;
  }
  if (verdicts.length === 0) return 'Denied: the role has no trusts, so nobody may assume it.';
  let closest: TrustVerdict | null = null;
  for (const v of verdicts) {
    const failures = v.conditions.filter((c) => !c.held).length;
    if (v.namesCaller && (!closest || failures < closest.conditions.filter((c) => !c.held).length))
      closest = v;
  }
  if (!closest) return 'Denied: no trust of the role names this caller.';
  const reasons = closest.conditions
    .filter((c) => !c.held)
    .map((c) => c.reason)
    .join('; ');
  return `Denied: the trust for ${closest.principal} names this caller, but ${reasons}.`;
}

/** The caller a trust names: the one for whom only its other conditions decide. */
function namedCaller(trust: RoleTrust): TrustCaller {
  if (trust.trusted_user_id) return userCaller(trust.trusted_user_id, []);
  if (trust.trusted_group_id) return groupCaller(trust.trusted_group_id);
  return { kind: 'oidc', issuerId: trust.trusted_oidc_issuer_id, subject: '' };
}

/**
 * A role judged when the caller is not known (Vultr does not say whose a key is): each trust is
 * judged on its other conditions — expiry, address, schedule — as if its own principal asked.
 * Nothing is allowed for sure, since whether the key's user is among them cannot be told.
 */
export function judgeForUnknownCaller(
  trusts: readonly RoleTrust[],
  sourceIp: string,
  instant: Date,
  directory: Directory = {},
): RoleVerdict {
  const verdicts = trusts.map((trust) => {
    const [verdict] = judgeRole([trust], namedCaller(trust), sourceIp, instant, directory).trusts;
    return {
      ...verdict!,
      conditions: verdict!.conditions.filter((c) => c.condition !== 'trusted_principal'),
    };
  });
  const open = verdicts.filter((v) => v.allowed).map((v) => v.principal);
  const summary =
    trusts.length === 0
      ? 'Denied: the role has no trusts, so nobody may assume it.'
      : open.length === 0
        ? 'Denied whoever the key belongs to: every trust fails a condition besides who is asking.'
        : `Every other condition holds for the trust${open.length === 1 ? '' : 's'} for ${open.join(', ')}: the key's user must be ${open.length === 1 ? 'that principal' : 'one of them'} (or a member of the group).`;
  return { allowed: false, summary, trusts: verdicts };
}

/** A platform user as the evaluator sees them: their id and the groups they belong to. */
export function userCaller(userId: string, groupIds: readonly string[]): TrustCaller {
  return { kind: 'user', userId, groupIds };
}

/** A group on its own (what-if): any trust naming the group, no user. */
export function groupCaller(groupId: string): TrustCaller {
  return { kind: 'user', userId: '', groupIds: [groupId] };
}

const withoutSlash = (uri: string) => (uri.endsWith('/') ? uri.slice(0, -1) : uri);

/** The registered issuer a web identity token claims to come from (matching `iss` to `uri`). */
export function issuerOfToken(
  token: string,
  issuers: readonly OidcIssuer[],
): { issuer: OidcIssuer | null; iss: string | null; sub: string } {
  const claims = readJwtClaims(token);
  const iss = claims?.iss ?? null;
  const issuer =
    iss === null ? null : (issuers.find((i) => withoutSlash(i.uri) === withoutSlash(iss)) ?? null);
  return { issuer, iss, sub: claims?.sub ?? '' };
}

export interface WhatIfRow {
  role: Role;
  verdict: RoleVerdict;
}

/** Every assumable role, judged for one caller, source address and instant; allowed ones first. */
export function whatIf(
  roles: readonly Role[],
  trusts: readonly RoleTrust[],
  caller: TrustCaller,
  sourceIp: string,
  instant: Date,
  directory: Directory = {},
): WhatIfRow[] {
  const byRole = new Map<string, RoleTrust[]>();
  for (const t of trusts) byRole.set(t.role_id, [...(byRole.get(t.role_id) ?? []), t]);
  return roles
    .filter((r) => r.role_type === 'assumable')
    .map((role) => ({
      role,
      verdict: judgeRole(byRole.get(role.id) ?? [], caller, sourceIp, instant, directory),
    }))
    .sort(
      (a, b) =>
        Number(b.verdict.allowed) - Number(a.verdict.allowed) ||
        a.role.name.localeCompare(b.role.name),
    );
}
