import type { Role } from '../../../shared/schemas/role';
import type { EntityPageKind } from '../../components/detail-page';

/** A role's page, under the Roles tab. */
export const roleKind: EntityPageKind<Role> = {
  parent: { to: '/organization/roles', label: 'Roles' },
  noun: 'role',
  nameOf: (role) => role.name,
  pathOf: (id) => `/roles/${encodeURIComponent(id)}`,
};
