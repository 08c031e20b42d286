import { SearchAndTypeToolbar } from '../../../components/search-and-type-toolbar';
import type { RoleTypeFilter } from './roles-search-params';

const TYPE_OPTIONS = [
  { value: 'all', label: 'All' },
  { value: 'assignable', label: 'Assignable' },
  { value: 'assumable', label: 'Assumable' },
] as const satisfies readonly { value: RoleTypeFilter; label: string }[];

const SEARCH = { label: 'Search roles' };

interface RolesToolbarProps {
  text: string;
  onText: (text: string) => void;
  type: RoleTypeFilter;
  onType: (type: RoleTypeFilter) => void;
}

/** The search box and the type filter above the roles table. */
export function RolesToolbar(props: RolesToolbarProps) {
  return <SearchAndTypeToolbar<RoleTypeFilter> search={SEARCH} types={TYPE_OPTIONS} {...props} />;
}
