import type { RoleType } from '../../../../shared/schemas/role';
import { listViewSpec } from '../../../lib/list-tab-view';

export type RoleTypeFilter = 'all' | RoleType;

/** What the Roles tab keeps in the URL: `?q=&type=&page=&size=`. */
export const ROLES_VIEW = listViewSpec<RoleTypeFilter>([
  { value: 'all', label: 'All' },
  { value: 'assignable', label: 'Assignable' },
  { value: 'assumable', label: 'Assumable' },
]);
