import { DateTime } from 'luxon';
import { TRUST_TYPE_MEANINGS } from '../../../../shared/schemas/role-trust';
import { describeSchedule } from '../../../../shared/trust/schedule';
import { humanDuration } from '../../../lib/dates';
import { timeOfDayOf } from './schedule-modes';
import { validUntilInstant } from './valid-until';
import type { WizardValues } from './wizard-schema';
import { ENTITY_KIND_LABELS } from './wizard-schema';

export interface ReviewFact {
  term: string;
  text: string;
}

export interface ReviewNames {
  /** "Blake Chen (blake@…)", by entity id. */
  entity: string | undefined;
  policies: readonly string[];
}

const policies = (n: number) => (n === 1 ? '1 policy' : `${n} policies`);

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "Until Aug 31, 2026, 11:59 PM in Europe/Berlin (in 2 months)", or "No expiry". */
export function expiryWords(values: WizardValues['trust']['valid_until'], now: Date): string {
  const at = validUntilInstant(values);
  if (!at?.isValid) return 'No expiry: the trust works until it is deleted.';
  const when = at.setLocale('en-US').toLocaleString(DateTime.DATETIME_MED);
  const relative = at.toRelative({ base: DateTime.fromJSDate(now) }) ?? '';
  return `Until ${when} in ${at.zoneName ?? values.zone} (${relative}).`;
}

/** The role and its trust in plain words, one fact per line, for the Review step. */
export function reviewFacts(values: WizardValues, names: ReviewNames, now: Date): ReviewFact[] {
  const { role, trust, ip_address: ips } = values;
  const kind = ENTITY_KIND_LABELS[trust.kind];
  return [
    {
      term: 'Role',
      text: `${role.name}, an assumable role${role.description ? `: “${role.description}”` : ' with no description'}.`,
    },
    {
      term: 'Maximum session duration',
      text: `Sessions last at most ${humanDuration(role.max_session_duration)}.`,
    },
    {
      term: 'Trusted entity',
      text: `${kind} ${names.entity ?? trust.entity_id} may assume it.`,
    },
    {
      term: 'Trust type',
      text: `${trust.trust_type}: ${TRUST_TYPE_MEANINGS[trust.trust_type]}`,
    },
    { term: 'Schedule', text: `${describeSchedule(timeOfDayOf(values.schedule))}.` },
    {
      term: 'IP Access Restrictions',
      text:
        ips.length === 0
          ? 'None: it can be assumed from any IP address.'
          : `Only from ${joinWords(ips)}.`,
    },
    { term: 'Valid until', text: expiryWords(trust.valid_until, now) },
    {
      term: 'Permission Policies',
      text:
        names.policies.length === 0
          ? 'None: sessions of this role may do nothing until a policy is attached.'
          : `${policies(names.policies.length)}: ${joinWords(names.policies)}.`,
    },
  ];
}
