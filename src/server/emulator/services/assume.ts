import { SESSION_DURATION_DEFAULT } from '../../../shared/schemas/role';
import { missingAssumePermission } from '../../../shared/iam/authorize';
import { policiesOfUser } from '../permissions';
import { evaluateTrusts, explainDenial } from '../../../shared/trust/evaluate';
import type { TrustCaller } from '../../../shared/trust/types';
import type { Clock } from '../../clock';
import type { Db } from '../store/database';
import { trustsOfRole } from '../store/role-trusts';
import { insertSession } from '../store/sessions';
import type { IssuedSession } from '../store/sessions';

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

interface RoleFacts {
  id: string;
  name: string;
  role_type: string;
  max_session_duration: number;
}

/** Checks the role, the duration, the trusts and the caller's policies, then issues a session. */
export async function assumeRole(
  db: Db,
  clock: Clock,
  input: AssumeInput,
): Promise<IssuedSession & { role: RoleFacts }> {
  const now = clock.now();
  const role = db
    .prepare(
      'SELECT id, name, role_type, max_session_duration FROM roles WHERE id = ? AND org_id = ? AND deleted_at IS NULL',
    )
    .get(input.roleId, input.orgId) as RoleFacts | undefined;
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

export function groupIdsOfUser(db: Db, userId: string): string[] {
  return db
    .prepare('SELECT group_id FROM group_members WHERE user_id = ?')
    .pluck()
    .all(userId) as string[];
}
