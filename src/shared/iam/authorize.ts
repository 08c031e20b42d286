import { evaluate } from './evaluate';
import type { EffectivePolicies } from './evaluate';

/** The actions a caller's policies must allow to assume a role (spec §5). */
export const ASSUME_ROLE_ACTIONS = [
  'iam.role.AssumeRole',
  'iam.role.Read',
  'iam.assumedrole.Read',
] as const;

/** The first required action the policies do not allow, with why; null when all are allowed. */
export function missingAssumePermission(
  policies: EffectivePolicies,
  roleId: string,
): { action: string; verdict: 'implicitDeny' | 'explicitDeny' } | null {
  for (const action of ASSUME_ROLE_ACTIONS) {
    const { verdict } = evaluate(policies, action, roleId);
    if (verdict !== 'allowed') return { action, verdict };
  }
  return null;
}
