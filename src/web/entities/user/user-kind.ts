import type { User } from '../../../shared/schemas/user';
import type { EntityPageKind } from '../../components/detail-page';

/** A user's page: under the Users tab; an unknown id reads as the API words it, "Invalid user". */
export const userKind: EntityPageKind<User> = {
  parent: { to: '/organization/users', label: 'Users' },
  noun: 'user',
  nameOf: (user) => user.name,
  pathOf: (id) => `/users/${encodeURIComponent(id)}`,
  missingTitle: 'Invalid user',
};
