import type { Role } from '../../../../shared/schemas/role';
import type { RoleTypeFilter } from './roles-search-params';

/** A role with its name lower-cased once, so a keystroke does not lower-case 10,000 names. */
export interface SearchableRole {
  role: Role;
  key: string;
}

export function toSearchable(roles: Role[]): SearchableRole[] {
  return roles.map((role) => ({ role, key: role.name.toLowerCase() }));
}

/** Roles whose name contains `q` (ignoring case) and whose type matches, in the API's order. */
export function filterRoles(roles: SearchableRole[], q: string, type: RoleTypeFilter): Role[] {
  const needle = q.trim().toLowerCase();
  if (needle === '' && type === 'all') return roles.map((r) => r.role);
  const out: Role[] = [];
  for (const r of roles) {
    if (type !== 'all' && r.role.role_type !== type) continue;
    if (needle !== '' && !r.key.includes(needle)) continue;
    out.push(r.role);
  }
  return out;
}
