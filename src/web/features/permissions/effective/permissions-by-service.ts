import { ACTION_CATALOGUE, actionMatches } from '../../../../shared/iam/actions';
import type { CatalogueResource } from '../../../../shared/iam/actions';
import { evaluate } from '../../../../shared/iam/evaluate';
import type { DecidingStatement, EffectivePolicies } from '../../../../shared/iam/evaluate';
import { capitalized } from '../../../lib/words';

/**
 * What a principal may do, by service and resource of the action catalogue: every action its
 * policies allow on every resource (`*`) or explicitly deny, with the statements that decide it,
 * and apart from those, allows that hold only for some resource ids.
 */

/** A catalogue action the principal is allowed on `*`, or explicitly denied. */
export interface ActionPermission {
  action: string;
  operation: string;
  description: string;
  verdict: 'allowed' | 'explicitDeny';
  statements: readonly DecidingStatement[];
  /** Allowed on `*`, but a Deny names these resource ids. */
  deniedOn: readonly ResourceDecision[];
}

/** The answer on one resource id, and the statements that decide it. */
export interface ResourceDecision {
  resource: string;
  statements: readonly DecidingStatement[];
}

/** An action not allowed on `*`, but allowed on some resource ids its statements name. */
export interface SomeResourcesPermission {
  action: string;
  operation: string;
  description: string;
  allowedOn: readonly ResourceDecision[];
}

export interface ResourcePermissions {
  /** The catalogue's resource key, e.g. `instance`. */
  resource: string;
  label: string;
  /** How many actions the catalogue lists for the resource. */
  total: number;
  /** Allowed or explicitly denied on `*`, in catalogue order. */
  actions: readonly ActionPermission[];
  someResources: readonly SomeResourcesPermission[];
  /** "all actions", "all but Delete", "List, Read", or "" when nothing is allowed on `*`. */
  summary: string;
}

export interface ServicePermissions {
  /** The catalogue category, e.g. `compute`. */
  service: string;
  label: string;
  total: number;
  allowed: number;
  denied: number;
  /** Only the service's resources with something allowed or denied. */
  resources: readonly ResourcePermissions[];
  /** "All actions", "List, Read", "Instances: all but Delete; Snapshots: all actions", … */
  summary: string;
}

export interface PermissionsView {
  /** The organization owner: allowed everything, without statements. */
  owner: boolean;
  /** Services with something allowed, denied or allowed on some resources, in catalogue order. */
  services: readonly ServicePermissions[];
  /** The labels of the services where nothing is allowed or denied, on any resource. */
  nothingIn: readonly string[];
}

/** Every resource id an action's statements name (other than `*`), in the order first named. */
function namedResources(p: EffectivePolicies, action: string): string[] {
  const ids = new Set<string>();
  for (const source of p.sources) {
    for (const st of source.document.Statement) {
      if (!st.Action.some((a) => actionMatches(a, action))) continue;
      for (const r of st.Resource) if (r !== '*') ids.add(r);
    }
  }
  return [...ids];
}

const joinOps = (ops: readonly string[]) => ops.join(', ');

/** The operations most services share come first, in this order; the rest as they came. */
const USUAL_ORDER = ['List', 'Read', 'Create', 'Update', 'Delete'];

function inUsualOrder(ops: readonly string[]): string[] {
  const rank = (op: string) => {
    const i = USUAL_ORDER.indexOf(op);
    return i === -1 ? USUAL_ORDER.length : i;
  };
  return ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i)
    .map(({ op }) => op);
}

/** How the allowed operations of one resource read. */
function resourceSummary(resource: CatalogueResource, allowed: ReadonlySet<string>): string {
  const ops = inUsualOrder(resource.actions.map((a) => a.operation));
  const yes = ops.filter((o) => allowed.has(o));
  const no = ops.filter((o) => !allowed.has(o));
  if (yes.length === 0) return '';
  if (no.length === 0) return ops.length > 1 ? 'all actions' : joinOps(yes);
  // "all but Delete" when few are missing among many; else the allowed ones by name.
  if (no.length <= 2 && yes.length >= 2 * no.length + 2) return `all but ${joinOps(no)}`;
  return joinOps(yes);
}

/**
 * How a service's allowed actions read: all of them; the same operations on every resource that
 * has them (as a read-only policy gives "List, Read"); else resource by resource.
 */
function serviceSummary(
  resources: readonly CatalogueResource[],
  allowed: ReadonlyMap<string, ReadonlySet<string>>,
  counts: { total: number; allowed: number; some: boolean },
): string {
  if (counts.allowed === 0) return counts.some ? 'Only on some resources' : 'Nothing allowed';
  if (counts.allowed === counts.total) return 'All actions';
  // The operations allowed anywhere in the service, in catalogue order.
  const union: string[] = [];
  for (const r of resources) {
    for (const a of r.actions) {
      if (allowed.get(r.resource)?.has(a.operation) && !union.includes(a.operation)) {
        union.push(a.operation);
      }
    }
  }
  const uniform = resources.every((r) =>
    r.actions.every(
      (a) => union.includes(a.operation) === (allowed.get(r.resource)?.has(a.operation) ?? false),
    ),
  );
  if (uniform) return joinOps(inUsualOrder(union));
  return resources
    .map((r) => ({ r, text: resourceSummary(r, allowed.get(r.resource) ?? new Set()) }))
    .filter(({ text }) => text !== '')
    .map(({ r, text }) => `${r.label}: ${text}`)
    .join('; ');
}

/** Groups a principal's answers for every catalogue action by service and resource. */
export function permissionsByService(p: EffectivePolicies): PermissionsView {
  const services: ServicePermissions[] = [];
  const nothingIn: string[] = [];
  for (const category of ACTION_CATALOGUE) {
    const allowedOps = new Map<string, Set<string>>();
    const resources: ResourcePermissions[] = [];
    let total = 0;
    let allowed = 0;
    let denied = 0;
    let some = false;
    for (const resource of category.resources) {
      const ops = new Set<string>();
      allowedOps.set(resource.resource, ops);
      const actions: ActionPermission[] = [];
      const someResources: SomeResourcesPermission[] = [];
      total += resource.actions.length;
      for (const a of resource.actions) {
        const onAll = evaluate(p, a.action, '*');
        const ids = p.owner ? [] : namedResources(p, a.action);
        const base = { action: a.action, operation: a.operation, description: a.description };
        if (onAll.verdict === 'allowed') {
          ops.add(a.operation);
          allowed += 1;
          const deniedOn = ids
            .map((id) => ({ id, e: evaluate(p, a.action, id) }))
            .filter(({ e }) => e.verdict === 'explicitDeny')
            .map(({ id, e }) => ({ resource: id, statements: e.statements }));
          actions.push({ ...base, verdict: 'allowed', statements: onAll.statements, deniedOn });
        } else if (onAll.verdict === 'explicitDeny') {
          denied += 1;
          actions.push({
            ...base,
            verdict: 'explicitDeny',
            statements: onAll.statements,
            deniedOn: [],
          });
        } else {
          const allowedOn = ids
            .map((id) => ({ id, e: evaluate(p, a.action, id) }))
            .filter(({ e }) => e.verdict === 'allowed')
            .map(({ id, e }) => ({ resource: id, statements: e.statements }));
          if (allowedOn.length > 0) someResources.push({ ...base, allowedOn });
        }
      }
      if (someResources.length > 0) some = true;
      if (actions.length > 0 || someResources.length > 0) {
        resources.push({
          resource: resource.resource,
          label: resource.label,
          total: resource.actions.length,
          actions,
          someResources,
          summary: resourceSummary(resource, ops),
        });
      }
    }
    if (resources.length === 0) {
      nothingIn.push(category.label);
      continue;
    }
    services.push({
      service: category.category,
      label: category.label,
      total,
      allowed,
      denied,
      resources,
      summary: capitalized(
        serviceSummary(category.resources, allowedOps, { total, allowed, some }),
      ),
    });
  }
  return { owner: p.owner, services, nothingIn };
}

/** Actions that decide alike, shown together: the same verdict from the same statements. */
export interface DecisionGroup {
  verdict: 'allowed' | 'explicitDeny';
  /** The operations, e.g. ["List", "Read"]. */
  operations: readonly string[];
  actions: readonly string[];
  statements: readonly DecidingStatement[];
}

const statementKey = (s: DecidingStatement) =>
  `${s.effect}:${s.policyId}:${s.index}:${s.via.map((v) => `${v.kind}/${v.id}`).join('>')}`;

/**
 * One resource's actions gathered by what decided them, in catalogue order of their first
 * action: "List, Read — via group Auditors → role Auditor → ReadOnlyAccess, statement 1".
 */
export function groupByDecision(actions: readonly ActionPermission[]): DecisionGroup[] {
  const groups = new Map<string, DecisionGroup & { operations: string[]; actions: string[] }>();
  for (const a of actions) {
    const key = `${a.verdict}|${a.statements.map(statementKey).join('|')}`;
    const group = groups.get(key);
    if (group) {
      group.operations.push(a.operation);
      group.actions.push(a.action);
    } else {
      groups.set(key, {
        verdict: a.verdict,
        operations: [a.operation],
        actions: [a.action],
        statements: a.statements,
      });
    }
  }
  return [...groups.values()];
}
