import { DateTime } from 'luxon';
import { ipAllowed, isReadableIp } from './ip';
import {
  describeSchedule,
  isWithinSchedule,
  nextOpening,
  scheduleZone,
  SEARCH_HORIZON_DAYS,
} from './schedule';
import {
  TRUST_CONDITIONS,
  type ConditionFailure,
  type EvaluatedTrust,
  type EvaluationResult,
  type TrustCaller,
  type TrustCondition,
  type TrustEvaluation,
} from './types';

/** A failure sentence, or null when the condition holds (an absent condition always holds). */
type Check = (trust: EvaluatedTrust) => string | null;

function principalCheck(caller: TrustCaller): Check {
  return (trust) => {
    const names =
      caller.kind === 'user'
        ? (!!trust.trusted_user_id && trust.trusted_user_id === caller.userId) ||
          (!!trust.trusted_group_id && caller.groupIds.includes(trust.trusted_group_id))
        : !!trust.trusted_oidc_issuer_id && trust.trusted_oidc_issuer_id === caller.issuerId;
    return names ? null : 'the trust names another principal';
  };
}

function validUntilCheck(instant: Date): Check {
  return (trust) => {
    // '' (and, from tolerant readers, null) means no expiry.
    if (!trust.valid_until) return null;
    const until = DateTime.fromISO(trust.valid_until, { setZone: true });
    if (!until.isValid) return `the trust's expiry "${trust.valid_until}" is not a valid timestamp`;
    // Exactly at valid_until the trust has already stopped working.
    return instant.getTime() < until.toMillis()
      ? null
      : `the trust expired at ${trust.valid_until}`;
  };
}

function ipCheck(sourceIp: string): Check {
  return (trust) => {
    const list = trust.conditions.ip_address;
    if (ipAllowed(list, sourceIp)) return null;
    if (!isReadableIp(sourceIp)) {
      return `source IP "${sourceIp}" is not a valid address, so it matches no entry of the allow-list (${list.join(', ')})`;
    }
    return `source IP ${sourceIp} is not in the allow-list (${list.join(', ')})`;
  };
}

const utcIso = (d: Date) =>
  DateTime.fromJSDate(d, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) ?? d.toISOString();

function scheduleCheck(instant: Date): Check {
  return (trust) => {
    const t = trust.conditions.time_of_day;
    if (!t || isWithinSchedule(t, instant)) return null;
    if (!scheduleZone(t.timezone)) return `the schedule's time zone "${t.timezone}" is not known`;
    const next = nextOpening(t, instant);
    const when = next
      ? `it next opens at ${utcIso(next)}`
      : `it does not open in the next ${SEARCH_HORIZON_DAYS} days`;
    return `outside the schedule (${describeSchedule(t)}); ${when}`;
  };
}

/**
 * Checks every trust against the caller, source address and instant. Every condition is evaluated
 * even when the principal does not match, so the UI can show the whole picture.
 */
export function evaluateTrusts(
  trusts: readonly EvaluatedTrust[],
  caller: TrustCaller,
  sourceIp: string,
  instant: Date,
): EvaluationResult {
  const checks: Record<TrustCondition, Check> = {
    trusted_principal: principalCheck(caller),
    valid_until: validUntilCheck(instant),
    ip_address: ipCheck(sourceIp),
    time_of_day: scheduleCheck(instant),
  };
  const evaluations = trusts.map((trust): TrustEvaluation => {
    const met: TrustCondition[] = [];
    const failed: ConditionFailure[] = [];
    for (const condition of TRUST_CONDITIONS) {
      const reason = checks[condition](trust);
      if (reason === null) met.push(condition);
      else failed.push({ condition, reason });
    }
    return { trustId: trust.id, allowed: failed.length === 0, met, failed };
  });
  const matched = evaluations.find((e) => e.allowed) ?? null;
  return { allowed: matched !== null, matched, trusts: evaluations };
}

const namesCaller = (e: TrustEvaluation) =>
  !e.failed.some((f) => f.condition === 'trusted_principal');

/**
 * One sentence on why the caller was denied, from the closest trust: the first of those naming the
 * caller with the fewest failed conditions.
 */
export function explainDenial(result: EvaluationResult): string {
  if (result.matched) return `allowed by trust ${result.matched.trustId}`;
  let closest: TrustEvaluation | null = null;
  for (const e of result.trusts) {
    if (namesCaller(e) && (!closest || e.failed.length < closest.failed.length)) closest = e;
  }
  if (!closest) return 'no trust names this caller';
  const reasons = closest.failed.map((f) => f.reason).join('; ');
  return `trust ${closest.trustId} names this caller but denies it: ${reasons}`;
}
