import { lintTrust } from '../../../../shared/iam/trust-lint';
import type { Finding, LintContext, LintedTrust } from '../../../../shared/iam/trust-lint';
import { commitPendingIp } from './pending-ip';
import { timeOfDayOf } from './schedule-modes';
import { validUntilIso } from './valid-until';
import type { TrustFormInput } from './wizard-schema';

/**
 * The trust a form holds right now, as the linter reads it: the principal of the chosen kind (its
 * id empty until one is picked), the schedule the mode makes, the IP list with whatever valid text
 * still waits in the box (Next and Save add it), and the expiry as an instant.
 */
export function draftTrust(input: TrustFormInput, pendingIp = ''): LintedTrust {
  const { kind, entity_id: id, trust_type, valid_until } = input.trust;
  const principal =
    kind === 'user'
      ? { trusted_user_id: id }
      : kind === 'group'
        ? { trusted_group_id: id }
        : { trusted_oidc_issuer_id: id };
  const pending = commitPendingIp(pendingIp, input.ip_address);
  return {
    trust_type,
    ...principal,
    conditions: {
      time_of_day: timeOfDayOf(input.schedule) ?? null,
      ip_address: pending.ok ? pending.list : input.ip_address,
    },
    valid_until: validUntilIso(valid_until) ?? '',
  };
}

/** The linter's findings about the trust being built or edited; warnings only, nothing blocks. */
export function formFindings(
  input: TrustFormInput,
  pendingIp: string,
  context: LintContext,
): Finding[] {
  return lintTrust(draftTrust(input, pendingIp), context);
}
