import type { User } from '../../../../shared/schemas/user';
import type { ListSearch } from '../../../lib/list-search';

/** The Users tab's search: a user's name and email. */
export const USER_SEARCH: ListSearch<User> = {
  fields: (u) => [u.name, u.email],
};
