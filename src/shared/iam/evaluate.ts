import type { PolicyDocument } from '../schemas/policy';
import { actionMatches } from './actions';

/**
 * The one policy evaluator (spec §9), pure and shared: the emulator enforces with it, the console's
 * simulator, effective-permission tables and "Who can?" explain with it.
 *
 * A request is allowed when some statement allows its action on its resource and no statement
 * denies it: an explicit Deny always wins; nothing matching is an implicit deny.
 */
export type Verdict = 'allowed' | 'implicitDeny' | 'explicitDeny';

/** One step of how a principal holds a policy: a group it is in, a role it was given. */
export interface PathStep {
  kind: 'group' | 'role';
  id: string;
  name: string;
}

/** A policy in effect for a principal, and the path it arrives by ([] = attached directly). */
export interface PolicySource {
  policyId: string;
  policyName: string;
  document: PolicyDocument;
  via: readonly PathStep[];
}

/** What a principal acts with: its policies, or everything (the organization owner). */
export interface EffectivePolicies {
  owner: boolean;
  sources: readonly PolicySource[];
}

/** A statement that decided an evaluation; `index` counts from 0 within its policy. */
export interface DecidingStatement {
  policyId: string;
  policyName: string;
  index: number;
  effect: 'Allow' | 'Deny';
  via: readonly PathStep[];
}

export interface Evaluation {
  verdict: Verdict;
  /** The denying statements for an explicit deny, the allowing ones when allowed, else none. */
  statements: DecidingStatement[];
  /** Allowed because the principal owns the organization (no statement needed). */
  owner: boolean;
}

/** A statement's resource pattern covers a resource: `*`, or the same id. */
export function resourceMatches(pattern: string, resource: string): boolean {
  return pattern === '*' || pattern === resource;
}

/** Evaluates one action on one resource (`*` for a collection) against a principal's policies. */
export function evaluate(principal: EffectivePolicies, action: string, resource = '*'): Evaluation {
  if (principal.owner) return { verdict: 'allowed', statements: [], owner: true };
  const allows: DecidingStatement[] = [];
  const denies: DecidingStatement[] = [];
  for (const source of principal.sources) {
    source.document.Statement.forEach((st, index) => {
      if (!st.Action.some((a) => actionMatches(a, action))) return;
      if (!st.Resource.some((r) => resourceMatches(r, resource))) return;
      const deciding: DecidingStatement = {
        policyId: source.policyId,
        policyName: source.policyName,
        index,
        effect: st.Effect,
        via: source.via,
      };
      (st.Effect === 'Deny' ? denies : allows).push(deciding);
    });
  }
  if (denies.length > 0) return { verdict: 'explicitDeny', statements: denies, owner: false };
  if (allows.length > 0) return { verdict: 'allowed', statements: allows, owner: false };
  return { verdict: 'implicitDeny', statements: [], owner: false };
}

/**
 * Whether the policies allow an action on a resource, answered without building explanations:
 * the emulator's per-request check.
 */
export function isAllowed(principal: EffectivePolicies, action: string, resource = '*'): boolean {
  if (principal.owner) return true;
  let allowed = false;
  for (const source of principal.sources) {
    for (const st of source.document.Statement) {
      if (!st.Action.some((a) => actionMatches(a, action))) continue;
      if (!st.Resource.some((r) => resourceMatches(r, resource))) continue;
      if (st.Effect === 'Deny') return false;
      allowed = true;
    }
  }
  return allowed;
}

/** "via group Platform Engineers → role Developer → DatabaseAdmin, statement 2". */
export function describeStatement(s: DecidingStatement): string {
  const path = s.via.map((step) => `${step.kind} ${step.name}`);
  const chain = [...path, s.policyName].join(' → ');
  return `${s.via.length > 0 ? 'via ' : ''}${chain}, statement ${s.index + 1}`;
}

/** What the organization looks like to the evaluator: who is in what, who holds which policy. */
export interface OrgGraph {
  policies: readonly { id: string; name: string; document: PolicyDocument }[];
  users: readonly {
    id: string;
    name: string;
    owner: boolean;
    /** Groups the user is a member of. */
    groupIds: readonly string[];
    /** Policies attached to the user directly. */
    policyIds: readonly string[];
    /** Assignable roles given to the user directly. */
    roleIds: readonly string[];
  }[];
  groups: readonly {
    id: string;
    name: string;
    policyIds: readonly string[];
    roleIds: readonly string[];
  }[];
  roles: readonly {
    id: string;
    name: string;
    type: 'assignable' | 'assumable';
    policyIds: readonly string[];
  }[];
}

function lookup<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** Resolves principals' effective policies over one graph (lookups built once). */
export class PolicyResolver {
  private readonly policies;
  private readonly users;
  private readonly groups;
  private readonly roles;

  constructor(readonly graph: OrgGraph) {
    this.policies = lookup(graph.policies);
    this.users = lookup(graph.users);
    this.groups = lookup(graph.groups);
    this.roles = lookup(graph.roles);
  }

  private sources(policyIds: readonly string[], via: readonly PathStep[]): PolicySource[] {
    const out: PolicySource[] = [];
    for (const id of policyIds) {
      const p = this.policies.get(id);
      if (p) out.push({ policyId: p.id, policyName: p.name, document: p.document, via });
    }
    return out;
  }

  /** A role's policies (what a session of it acts with), with the role itself as the path. */
  role(roleId: string, viaRole = false): EffectivePolicies {
    const role = this.roles.get(roleId);
    if (!role) return { owner: false, sources: [] };
    const via: PathStep[] = viaRole ? [{ kind: 'role', id: role.id, name: role.name }] : [];
    return { owner: false, sources: this.sources(role.policyIds, via) };
  }

  /** Assignable roles only: an assumable role's policies come with a session, not with the grant. */
  private roleSources(roleIds: readonly string[], before: readonly PathStep[]): PolicySource[] {
    const out: PolicySource[] = [];
    for (const id of roleIds) {
      const role = this.roles.get(id);
      if (!role || role.type !== 'assignable') continue;
      const via = [...before, { kind: 'role' as const, id: role.id, name: role.name }];
      out.push(...this.sources(role.policyIds, via));
    }
    return out;
  }

  /** A group's policies: attached to it, and those of the assignable roles it was given. */
  group(groupId: string, viaGroup = false): EffectivePolicies {
    const group = this.groups.get(groupId);
    if (!group) return { owner: false, sources: [] };
    const via: PathStep[] = viaGroup ? [{ kind: 'group', id: group.id, name: group.name }] : [];
    return {
      owner: false,
      sources: [...this.sources(group.policyIds, via), ...this.roleSources(group.roleIds, via)],
    };
  }

  /** A user's policies: direct, its assignable roles', and its groups' (with their roles'). */
  user(userId: string): EffectivePolicies {
    const user = this.users.get(userId);
    if (!user) return { owner: false, sources: [] };
    const sources = [...this.sources(user.policyIds, []), ...this.roleSources(user.roleIds, [])];
    for (const gid of user.groupIds) sources.push(...this.group(gid, true).sources);
    return { owner: user.owner, sources };
  }
}

export type PrincipalKind = 'user' | 'group' | 'role';

export interface WhoCanEntry {
  kind: PrincipalKind;
  id: string;
  name: string;
  evaluation: Evaluation;
}

/**
 * Every user, group and assumable role whose own policies allow the action on the resource.
 * (Assignable roles act only through their holders, who are listed as users and groups.)
 */
export function whoCan(graph: OrgGraph, action: string, resource = '*'): WhoCanEntry[] {
  const resolver = new PolicyResolver(graph);
  const out: WhoCanEntry[] = [];
  const add = (kind: PrincipalKind, id: string, name: string, p: EffectivePolicies) => {
    const evaluation = evaluate(p, action, resource);
    if (evaluation.verdict === 'allowed') out.push({ kind, id, name, evaluation });
  };
  for (const u of graph.users) add('user', u.id, u.name, resolver.user(u.id));
  for (const g of graph.groups) add('group', g.id, g.name, resolver.group(g.id));
  for (const r of graph.roles) {
    if (r.type === 'assumable') add('role', r.id, r.name, resolver.role(r.id));
  }
  return out;
}
