import type { PolicyDocument } from '../schemas/policy';
import { actionMatches } from './actions';

export type Decision = 'allowed' | 'denied' | 'not_allowed';

function resourceMatches(patterns: string[], resource: string): boolean {
  return patterns.some((p) => p === '*' || p === resource);
}

/**
 * What a set of policy documents says about one action on one resource:
 * an explicit Deny wins, then any Allow, else nothing allows it.
 */
export function decide(documents: PolicyDocument[], action: string, resource: string): Decision {
  let allowed = false;
  for (const doc of documents) {
    for (const st of doc.Statement) {
      if (!st.Action.some((a) => actionMatches(a, action))) continue;
      if (!resourceMatches(st.Resource, resource)) continue;
      if (st.Effect === 'Deny') return 'denied';
      allowed = true;
    }
  }
  return allowed ? 'allowed' : 'not_allowed';
}

/** The actions a caller's policies must allow to assume a role (spec §5). */
export const ASSUME_ROLE_ACTIONS = [
  'iam.role.AssumeRole',
  'iam.role.Read',
  'iam.assumedrole.Read',
] as const;

/** The first required action the documents do not allow, with why; null when all are allowed. */
export function missingAssumePermission(
  documents: PolicyDocument[],
  roleId: string,
): { action: string; decision: Exclude<Decision, 'allowed'> } | null {
  for (const action of ASSUME_ROLE_ACTIONS) {
    const decision = decide(documents, action, roleId);
    if (decision !== 'allowed') return { action, decision };
  }
  return null;
}
