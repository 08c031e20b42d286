import { missingAssumePermission } from '../../../../shared/iam/authorize';
import { PolicyResolver, whoCan } from '../../../../shared/iam/evaluate';
import type { DecidingStatement, OrgGraph } from '../../../../shared/iam/evaluate';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { evaluateTrusts } from '../../../../shared/trust/evaluate';
import type { TrustCaller, TrustEvaluation } from '../../../../shared/trust/types';

/** Someone a trust of an assumable role names, and whether they may assume it at this instant. */
export interface Assumer {
  kind: 'user' | 'issuer';
  id: string;
  name: string;
  /** Every condition holds now and (for a user) their policies allow assuming. */
  now: boolean;
  /** Why not now. */
  reason?: string;
  /** A limit still to meet, e.g. the addresses it must come from. */
  note?: string;
}

export interface WhoCanRow {
  kind: 'user' | 'group' | 'role';
  id: string;
  name: string;
  /** The statements that allow it, with the path each arrives by. */
  statements: DecidingStatement[];
  /** For an assumable role: who its trusts name, and who may assume it now. */
  assumers?: Assumer[];
}

const KIND_ORDER = { user: 0, group: 1, role: 2 } as const;

/**
 * The trust with its address condition lifted: whose address a request comes from is not known
 * ahead of it, so the allow-list is shown beside the name instead of deciding.
 */
const anyAddress = (t: RoleTrust): RoleTrust => ({
  ...t,
  conditions: { ...t.conditions, ip_address: [] },
});

/** The failures of the evaluation closest to passing, as one phrase. */
function closestFailure(evaluations: readonly TrustEvaluation[]): string {
  let closest: TrustEvaluation | undefined;
  for (const e of evaluations) if (!closest || e.failed.length < closest.failed.length) closest = e;
  return closest?.failed.map((f) => f.reason).join('; ') ?? 'no trust names them';
}

/** Judges the trusts naming one caller: the first one that holds (preferring no address limit). */
function judge(
  trusts: readonly RoleTrust[],
  caller: TrustCaller,
  instant: Date,
): { ok: true; note?: string } | { ok: false; reason: string } {
  const result = evaluateTrusts(trusts.map(anyAddress), caller, '', instant);
  const passing = trusts.filter((_, i) => result.trusts[i]!.allowed);
  if (passing.length === 0) return { ok: false, reason: closestFailure(result.trusts) };
  if (passing.some((t) => t.conditions.ip_address.length === 0)) return { ok: true };
  const addresses = [...new Set(passing.flatMap((t) => t.conditions.ip_address))];
  return { ok: true, note: `from ${addresses.join(', ')} only` };
}

/**
 * Who an assumable role's trusts name — users directly or through a group, OIDC issuers — and
 * whether each may assume it at `instant`: the trust's conditions hold (all but the source
 * address, which is noted) and, for a user, their policies allow assuming the role.
 */
export function assumersOf(
  graph: OrgGraph,
  roleId: string,
  trusts: readonly RoleTrust[],
  instant: Date,
  issuers: readonly { id: string; name: string }[] = [],
  resolver: PolicyResolver = new PolicyResolver(graph),
): Assumer[] {
  const out: Assumer[] = [];
  for (const user of graph.users) {
    const naming = trusts.filter(
      (t) =>
        (t.trusted_user_id !== '' && t.trusted_user_id === user.id) ||
        (t.trusted_group_id !== '' && user.groupIds.includes(t.trusted_group_id)),
    );
    if (naming.length === 0) continue;
    const base = { kind: 'user' as const, id: user.id, name: user.name };
    const verdict = judge(
      naming,
      { kind: 'user', userId: user.id, groupIds: user.groupIds },
      instant,
    );
    if (!verdict.ok) {
      out.push({ ...base, now: false, reason: verdict.reason });
      continue;
    }
    const missing = missingAssumePermission(resolver.user(user.id), roleId);
    if (missing) {
      const how = missing.verdict === 'explicitDeny' ? 'deny' : 'do not allow';
      out.push({ ...base, now: false, reason: `their policies ${how} ${missing.action}` });
      continue;
    }
    out.push({ ...base, now: true, ...(verdict.note ? { note: verdict.note } : {}) });
  }
  const issuerIds = [
    ...new Set(trusts.map((t) => t.trusted_oidc_issuer_id).filter((id) => id !== '')),
  ];
  for (const issuerId of issuerIds) {
    const naming = trusts.filter((t) => t.trusted_oidc_issuer_id === issuerId);
    const name = issuers.find((i) => i.id === issuerId)?.name || issuerId;
    const base = { kind: 'issuer' as const, id: issuerId, name: `Web identity from ${name}` };
    const verdict = judge(naming, { kind: 'oidc', issuerId, subject: '' }, instant);
    out.push(
      verdict.ok
        ? { ...base, now: true, ...(verdict.note ? { note: verdict.note } : {}) }
        : { ...base, now: false, reason: verdict.reason },
    );
  }
  // Those who may assume now first, then by name.
  return out.sort(
    (a, b) =>
      Number(b.now) - Number(a.now) ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
}

/**
 * Every user, group and assumable role whose policies allow the action on the resource, with
 * the statements that allow it; for each such role, who may assume it. The organization owner
 * (always allowed) is not among them: no Vultr field says who the owner is.
 */
export function whoCanRows(
  graph: OrgGraph,
  action: string,
  resource: string,
  trustsByRole: ReadonlyMap<string, readonly RoleTrust[]> | undefined,
  instant: Date,
  issuers: readonly { id: string; name: string }[] = [],
): WhoCanRow[] {
  const resolver = new PolicyResolver(graph);
  const rows = whoCan(graph, action, resource.trim() || '*').map((entry): WhoCanRow => ({
    kind: entry.kind,
    id: entry.id,
    name: entry.name,
    statements: entry.evaluation.statements,
    ...(entry.kind === 'role' && trustsByRole
      ? {
          assumers: assumersOf(
            graph,
            entry.id,
            trustsByRole.get(entry.id) ?? [],
            instant,
            issuers,
            resolver,
          ),
        }
      : {}),
  }));
  return rows.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
}
