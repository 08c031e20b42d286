import type { Policy } from '../../../shared/schemas/policy';
import { entityChoice } from '../../components/pick-one-dialog';
import type { PickSpec } from '../../components/pick-one-dialog';

/** Its description; a system policy says so first. */
const summary = (p: Policy) => (p.is_system_policy ? `System · ${p.description}` : p.description);

/** A permission policy in a picker, over its description. */
export const policyPick: PickSpec<Policy, Policy> = {
  label: 'Permission policy',
  what: 'policies',
  choice: (p) => entityChoice(p, p.name, summary(p)),
};
