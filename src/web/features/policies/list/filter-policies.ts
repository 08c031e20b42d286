import type { Policy } from '../../../../shared/schemas/policy';
import type { ListSearch } from '../../../lib/list-search';
import type { PolicyKindFilter } from './policies-view';

/** The Permission Policies tab's search: name and description, and the kind in the Type menu. */
export const POLICY_SEARCH: ListSearch<Policy, PolicyKindFilter> = {
  fields: (p) => [p.name, p.description],
  keep: (p, kind) => kind === 'all' || p.is_system_policy === (kind === 'system'),
};
