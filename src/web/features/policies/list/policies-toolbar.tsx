import { SearchAndTypeToolbar } from '../../../components/search-and-type-toolbar';
import type { PolicyKindFilter } from './policies-view';

const TYPE_OPTIONS = [
  { value: 'all', label: 'All' },
  { value: 'system', label: 'System' },
  { value: 'custom', label: 'Custom' },
] as const satisfies readonly { value: PolicyKindFilter; label: string }[];

const SEARCH = { label: 'Search policies', helperText: 'By name or description' };

interface PoliciesToolbarProps {
  text: string;
  onText: (text: string) => void;
  type: PolicyKindFilter;
  onType: (type: PolicyKindFilter) => void;
}

/** The search box and the System/Custom filter above the policies table. */
export function PoliciesToolbar(props: PoliciesToolbarProps) {
  return <SearchAndTypeToolbar<PolicyKindFilter> search={SEARCH} types={TYPE_OPTIONS} {...props} />;
}
