import { ROUTES } from '../../../shared/api/routes';
import { entityKeys, readOne, wholeList } from '../../lib/entity-queries';

const keys = entityKeys('users');

/**
 * Every query about users, for every screen: the one list of the organization's users (the Users
 * tab and every picker share it), a user, and the user's own views. The own views are read fresh
 * on each visit (staleTime 0, cached data still shows at once): other pages change memberships
 * and roles.
 */
export const userQueries = {
  ...keys,
  list: () => wholeList(keys.list(), ROUTES.listUsers, (page) => page.users),
  detail: (id: string) => readOne(keys.detail(id), ROUTES.readUser, { userId: id }, (r) => r.user),
  groups: (id: string) =>
    wholeList(keys.of(id, 'groups'), ROUTES.userGroups, (p) => p.groups, { userId: id }, 0),
  /** `{all, direct, inherited}`; `split: false` when the API sent one flat list. */
  roles: (id: string) =>
    readOne(keys.of(id, 'roles'), ROUTES.userRoles, { userId: id }, (r) => r.roles, 0),
  policies: (id: string) =>
    readOne(keys.of(id, 'policies'), ROUTES.userPolicies, { userId: id }, (r) => r.policies, 0),
};
