import type { Role } from '../../../../shared/schemas/role';
import type { ListSearch } from '../../../lib/list-search';
import type { RoleTypeFilter } from './roles-search-params';

/** The Roles tab's search: a role's name, and its type in the Type menu. */
export const ROLE_SEARCH: ListSearch<Role, RoleTypeFilter> = {
  fields: (r) => [r.name],
  keep: (r, type) => type === 'all' || r.role_type === type,
};
