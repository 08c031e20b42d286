import Chip from '@mui/material/Chip';
import type { EntityListItem } from '../../components/entity-list';
import { policyKind } from './policy-kind';

/** What a policy row needs; a role's own list may not say whether a policy is the system's. */
interface PolicyLike {
  id: string;
  name: string;
  description?: string;
  is_system_policy?: boolean;
}

/** A policy in an entity page's list: its name linking to its page, System or Custom, its description. */
export const policyListItem = (policy: PolicyLike): EntityListItem => ({
  key: policy.id,
  name: policy.name || policy.id,
  to: policyKind.pathOf(policy.id),
  badge: policy.is_system_policy !== undefined && (
    <Chip size="small" variant="outlined" label={policy.is_system_policy ? 'System' : 'Custom'} />
  ),
  secondary: policy.description || 'No description.',
});
