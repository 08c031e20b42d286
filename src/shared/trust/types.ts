import type { RoleTrust } from '../schemas/role-trust';

/** The conditions a trust can impose, in the order they are checked. */
export const TRUST_CONDITIONS = [
  'trusted_principal',
  'valid_until',
  'ip_address',
  'time_of_day',
] as const;
export type TrustCondition = (typeof TRUST_CONDITIONS)[number];

/** Who is asking: a platform user (with their groups), or a verified OIDC token's issuer. */
export type TrustCaller =
  | { kind: 'user'; userId: string; groupIds: readonly string[] }
  | { kind: 'oidc'; issuerId: string; subject: string };

/** The parts of a trust the evaluator reads (a RoleTrust from the API fits). */
export type EvaluatedTrust = Pick<
  RoleTrust,
  | 'id'
  | 'trust_type'
  | 'trusted_user_id'
  | 'trusted_group_id'
  | 'trusted_oidc_issuer_id'
  | 'conditions'
  | 'valid_until'
>;

export interface ConditionFailure {
  condition: TrustCondition;
  /** A sentence for people, e.g. "outside the schedule: Mon–Fri 09:00–17:00 Europe/Berlin". */
  reason: string;
}

export interface TrustEvaluation {
  trustId: string;
  allowed: boolean;
  met: TrustCondition[];
  failed: ConditionFailure[];
}

export interface EvaluationResult {
  allowed: boolean;
  /** The first trust that allowed the caller, when one did. */
  matched: TrustEvaluation | null;
  /** Every trust, in input order. */
  trusts: TrustEvaluation[];
}
