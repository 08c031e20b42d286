import {
  ACTION_CATALOGUE,
  ALL_ACTIONS,
  actionMatches,
  describeAction,
  isValidActionPattern,
} from '../../../../shared/iam/actions';
import { evaluate, PolicyResolver } from '../../../../shared/iam/evaluate';
import type {
  EffectivePolicies,
  Evaluation,
  OrgGraph,
  Verdict,
} from '../../../../shared/iam/evaluate';
import { ROLE_ARN_PATTERN } from '../../../../shared/schemas/sts';

/** The words each verdict is shown with. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  allowed: 'Allowed',
  implicitDeny: 'Denied (implicit)',
  explicitDeny: 'Denied (explicit)',
};

// ---- The principal ----

export type PrincipalKind = 'user' | 'group' | 'role';

/** Who is simulated: a user, group or role of the organization, or the session this tab holds. */
export type PrincipalRef = { kind: PrincipalKind; id: string } | { kind: 'session' };

/** `user:<id>`, `group:<id>`, `role:<id>` or `session`; anything else is no principal. */
export function parsePrincipal(text: string | null | undefined): PrincipalRef | null {
  if (!text) return null;
  if (text === 'session') return { kind: 'session' };
  const match = /^(user|group|role):(.+)$/.exec(text);
  if (!match) return null;
  return { kind: match[1] as PrincipalKind, id: match[2]! };
}

/** The principal as the address writes it (the inverse of parsePrincipal). */
export function principalValue(p: PrincipalRef): string {
  return p.kind === 'session' ? 'session' : `${p.kind}:${p.id}`;
}

/** The role of the session a tab holds: named by id, or by ARN. */
export function heldRoleId(request: { role_id?: string; role_arn?: string }): string {
  if (request.role_id) return request.role_id;
  return ROLE_ARN_PATTERN.exec(request.role_arn ?? '')?.[2] ?? '';
}

export interface HeldRole {
  roleId: string;
  /** The name the session panel knew the role by, if any. */
  roleName: string | undefined;
}

export interface PrincipalOption {
  value: string;
  kind: PrincipalKind | 'session';
  label: string;
  /** A quieter second line that tells options apart. */
  detail: string;
}

const KIND_ORDER: Record<PrincipalOption['kind'], number> = {
  session: 0,
  user: 1,
  group: 2,
  role: 3,
};

/** The heading each kind of option is listed under. */
export const PRINCIPAL_GROUPS: Record<PrincipalOption['kind'], string> = {
  session: 'This tab',
  user: 'Users',
  group: 'Groups',
  role: 'Roles',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Everyone who can be simulated, by kind and then by name: the held session first (when the tab
 * holds one), then users, groups and roles.
 */
export function principalOptions(
  graph: OrgGraph | undefined,
  held: HeldRole | null,
): PrincipalOption[] {
  const out: PrincipalOption[] = [];
  if (held) {
    const role = graph?.roles.find((r) => r.id === held.roleId);
    out.push({
      value: 'session',
      kind: 'session',
      label: 'Session held in this tab',
      detail: `Acts with the policies of role ${role?.name ?? held.roleName ?? held.roleId}`,
    });
  }
  if (!graph) return out;
  const groupNames = new Map(graph.groups.map((g) => [g.id, g.name]));
  const memberCount = new Map<string, number>();
  for (const u of graph.users) {
    for (const g of u.groupIds) memberCount.set(g, (memberCount.get(g) ?? 0) + 1);
  }
  const named: PrincipalOption[] = [
    ...graph.users.map((u) => ({
      value: `user:${u.id}`,
      kind: 'user' as const,
      label: u.name,
      detail:
        u.groupIds.length === 0
          ? 'User · in no group'
          : `User · in ${u.groupIds.map((g) => groupNames.get(g) ?? g).join(', ')}`,
    })),
    ...graph.groups.map((g) => ({
      value: `group:${g.id}`,
      kind: 'group' as const,
      label: g.name,
      detail: `Group · ${plural(memberCount.get(g.id) ?? 0, 'member', 'members')}`,
    })),
    ...graph.roles.map((r) => ({
      value: `role:${r.id}`,
      kind: 'role' as const,
      label: r.name,
      detail: r.type === 'assumable' ? 'Assumable role' : 'Assignable role',
    })),
  ];
  named.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }),
  );
  return [...out, ...named];
}

export type ResolvedPrincipal =
  { ok: true; label: string; policies: EffectivePolicies } | { ok: false; problem: string };

/** The principal's name and effective policies, or why it cannot be simulated. */
export function resolvePrincipal(
  graph: OrgGraph,
  ref: PrincipalRef,
  held: HeldRole | null,
  resolver: PolicyResolver = new PolicyResolver(graph),
): ResolvedPrincipal {
  if (ref.kind === 'session') {
    if (!held) {
      return {
        ok: false,
        problem: 'This tab holds no session. Assume a role on the Sessions page first.',
      };
    }
    const role = graph.roles.find((r) => r.id === held.roleId);
    if (!role) {
      return {
        ok: false,
        problem: `The held session's role (${held.roleName ?? held.roleId}) is not in this organization any more.`,
      };
    }
    // A session acts with its role's policies only.
    return {
      ok: true,
      label: `Session held in this tab (role ${role.name})`,
      policies: resolver.role(role.id),
    };
  }
  const found =
    ref.kind === 'user'
      ? graph.users.find((u) => u.id === ref.id)
      : ref.kind === 'group'
        ? graph.groups.find((g) => g.id === ref.id)
        : graph.roles.find((r) => r.id === ref.id);
  if (!found)
    return { ok: false, problem: `No ${ref.kind} with id ${ref.id} in this organization.` };
  const policies =
    ref.kind === 'user'
      ? resolver.user(ref.id)
      : ref.kind === 'group'
        ? resolver.group(ref.id)
        : resolver.role(ref.id);
  return { ok: true, label: `${ref.kind} ${found.name}`, policies };
}

// ---- The actions ----

export interface ActionOption {
  /** An action, or a wildcard over a service or a resource. */
  value: string;
  /** The service it belongs to, as the picker groups it. */
  service: string;
  description: string;
  wildcard: boolean;
}

/**
 * What the Actions picker offers, by service: the service's wildcard, then for each resource its
 * wildcard and its actions, in catalogue order.
 */
export const ACTION_OPTIONS: readonly ActionOption[] = ACTION_CATALOGUE.flatMap((c) => [
  {
    value: `${c.category}.*`,
    service: c.label,
    description: `Every action in ${c.label}`,
    wildcard: true,
  },
  ...c.resources.flatMap((r) => [
    {
      value: `${c.category}.${r.resource}.*`,
      service: c.label,
      description: `Every action on ${r.label.toLowerCase()}`,
      wildcard: true,
    },
    ...r.actions.map((a) => ({
      value: a.action,
      service: c.label,
      description: a.description,
      wildcard: false,
    })),
  ]),
]);

/** Whether an entry is a wildcard (it stands for several catalogue actions). */
export const isPattern = (entry: string) => entry === '*' || entry.endsWith('.*');

/** The catalogue actions an entry stands for: itself, or every action a wildcard covers. */
export function expandAction(entry: string): string[] {
  if (!isPattern(entry)) return [entry];
  return ALL_ACTIONS.filter((a) => actionMatches(entry, a));
}

/**
 * Reads a comma-separated list of actions (as the address holds them): trimmed, without
 * duplicates or empty entries, each marked valid or not.
 */
export function readActionList(text: string | null | undefined): {
  valid: string[];
  invalid: string[];
} {
  const entries = [
    ...new Set(
      (text ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  return {
    valid: entries.filter(isValidActionPattern),
    invalid: entries.filter((e) => !isValidActionPattern(e)),
  };
}

export interface SimulationRow {
  action: string;
  description: string;
  evaluation: Evaluation;
}

export interface SimulationGroup {
  /** What was asked: an action or a wildcard. */
  entry: string;
  pattern: boolean;
  rows: SimulationRow[];
  allowed: number;
}

/** Evaluates every asked action (each wildcard as every catalogue action it covers). */
export function simulate(
  policies: EffectivePolicies,
  entries: readonly string[],
  resource: string,
): SimulationGroup[] {
  const on = resource.trim() || '*';
  return entries.map((entry) => {
    const rows = expandAction(entry).map((action) => ({
      action,
      description: describeAction(action) ?? '',
      evaluation: evaluate(policies, action, on),
    }));
    return {
      entry,
      pattern: isPattern(entry),
      rows,
      allowed: rows.filter((r) => r.evaluation.verdict === 'allowed').length,
    };
  });
}

// ---- The address ----

export interface SimulatorQuery {
  principal: string;
  actions: string[];
  resource: string;
  /** The action "Who can?" asks about. */
  whocan: string;
  whocanResource: string;
}

/** The page's state as the address holds it; absent parts read as empty (resources as `*`). */
export function readSimulatorQuery(params: URLSearchParams): SimulatorQuery {
  const actions = (params.get('actions') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    principal: params.get('principal') ?? '',
    actions: [...new Set(actions)],
    resource: params.get('resource') || '*',
    whocan: (params.get('whocan') ?? '').trim(),
    whocanResource: params.get('whocan_resource') || '*',
  };
}

/** The address for a state: empty parts and `*` resources are left out. */
export function writeSimulatorQuery(q: SimulatorQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (q.principal) out.set('principal', q.principal);
  if (q.actions.length > 0) out.set('actions', q.actions.join(','));
  if (q.resource.trim() && q.resource.trim() !== '*') out.set('resource', q.resource.trim());
  if (q.whocan) out.set('whocan', q.whocan);
  if (q.whocanResource.trim() && q.whocanResource.trim() !== '*') {
    out.set('whocan_resource', q.whocanResource.trim());
  }
  return out;
}
