import type { Policy } from '../../../../shared/schemas/policy';
import type { PolicyKindFilter } from './policies-view';

/** A policy with its name and description lower-cased once, not on every keystroke. */
export interface SearchablePolicy {
  policy: Policy;
  key: string;
}

export function toSearchable(policies: Policy[]): SearchablePolicy[] {
  return policies.map((policy) => ({
    policy,
    key: `${policy.name}\n${policy.description}`.toLowerCase(),
  }));
}

/** Policies whose name or description holds `q` (ignoring case) and whose kind matches. */
export function filterPolicies(
  policies: SearchablePolicy[],
  q: string,
  type: PolicyKindFilter,
): Policy[] {
  const needle = q.trim().toLowerCase();
  const out: Policy[] = [];
  for (const p of policies) {
    if (type !== 'all' && p.policy.is_system_policy !== (type === 'system')) continue;
    if (needle !== '' && !p.key.includes(needle)) continue;
    out.push(p.policy);
  }
  return out;
}
