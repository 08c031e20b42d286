import { listViewSpec } from '../../../lib/list-tab-view';

export type PolicyKindFilter = 'all' | 'system' | 'custom';

/** What the Permission Policies tab keeps in the URL: `?q=&type=&page=&size=`. */
export const POLICIES_VIEW = listViewSpec<PolicyKindFilter>([
  { value: 'all', label: 'All' },
  { value: 'system', label: 'System' },
  { value: 'custom', label: 'Custom' },
]);
