import { SESSION_DURATION_DEFAULT } from '../../../shared/schemas/role';
import { missingAssumePermission } from '../../../shared/iam/authorize';
import { policiesOfUser } from '../store/effective-policies';
import { evaluateTrusts, explainDenial } from '../../../shared/trust/evaluate';
import type { TrustCaller } from '../../../shared/trust/types';
import type { Clock } from '../../clock';
import type { Db } from '../store/database';
import { trustsOfRole } from '../store/role-trusts';
import { insertSession } from '../store/sessions';
import type { IssuedSession } from '../store/sessions';
import { findRoleFacts } from '../store/roles';
import type { RoleFacts } from '../store/roles';

/** Why an assumption was refused. `detail` is safe to show the caller. */
export type AssumeFailure =
  | { kind: 'role'; detail: string } // missing, deleted, not assumable, other organization
  | { kind: 'duration'; detail: string }
  | { kind: 'untrusted'; detail: string } // no trust names the caller
  | { kind: 'condition'; detail: string } // a trust names the caller, a condition failed
  | { kind: 'permission'; detail: string }; // trusted, but the caller's policies do not allow it

export class AssumeError extends Error {
  constructor(readonly failure: AssumeFailure) {
    super(failure.detail);
    this.name = 'AssumeError';
  }
}

export interface AssumeInput {
  orgId: string;
  roleId: string;
  caller: TrustCaller;
  /** The owner may assume any trusted role without policies. */
  callerIsOwner: boolean;
  sessionName: string;
  durationSeconds?: number | undefined;
  sourceIp: string;
}

/** Checks the role, the duration, the trusts and the caller's policies, then issues a session. */
export async function assumeRole(
  db: Db,
  clock: Clock,
  input: AssumeInput,
): Promise<IssuedSession & { role: RoleFacts }> {
  const now = clock.now();
  const role = findRoleFacts(db, input.orgId, input.roleId);
  if (!role) throw new AssumeError({ kind: 'role', detail: 'the role does not exist' });
  if (role.role_type !== 'assumable') {
    throw new AssumeError({ kind: 'role', detail: 'the role is not assumable' });
  }
  const duration =
    input.durationSeconds ?? Math.min(SESSION_DURATION_DEFAULT, role.max_session_duration);
  if (duration > role.max_session_duration) {
    throw new AssumeError({
      kind: 'duration',
      detail: `the requested duration ${duration} s exceeds the role's maximum session duration of ${role.max_session_duration} s`,
    });
  }

  const result = evaluateTrusts(
    trustsOfRole(db, input.orgId, role.id),
    input.caller,
    input.sourceIp,
    now,
  );
  if (!result.allowed || !result.matched) {
    const principalMatched = result.trusts.some(
      (t) => !t.failed.some((f) => f.condition === 'trusted_principal'),
    );
    throw new AssumeError(
      principalMatched
        ? { kind: 'condition', detail: explainDenial(result) }
        : { kind: 'untrusted', detail: 'no trust of the role names the caller' },
    );
  }

  if (input.caller.kind === 'user' && !input.callerIsOwner) {
    const missing = missingAssumePermission(policiesOfUser(db, input.caller.userId), role.id);
    if (missing) {
      throw new AssumeError({
        kind: 'permission',
        detail:
          missing.verdict === 'explicitDeny'
            ? `a policy of the caller explicitly denies ${missing.action}`
            : `no policy of the caller allows ${missing.action}`,
      });
    }
  }

  const issued = await insertSession(db, now, {
    orgId: input.orgId,
    roleId: role.id,
    roleName: role.name,
    userId: input.caller.kind === 'user' ? input.caller.userId : null,
    oidcIssuerId: input.caller.kind === 'oidc' ? input.caller.issuerId : null,
    oidcSubject: input.caller.kind === 'oidc' ? input.caller.subject : null,
    sessionName: input.sessionName,
    authMethod: input.caller.kind === 'user' ? 'api_key' : 'oidc',
    trustId: result.matched.trustId,
    conditionsMet: result.matched.met,
    sourceIp: input.sourceIp,
    durationSeconds: duration,
  });
  return { ...issued, role };
}
