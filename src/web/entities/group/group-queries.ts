import { ROUTES } from '../../../shared/api/routes';
import { entityKeys, readOne, wholeList } from '../../lib/entity-queries';

const keys = entityKeys('groups');

/**
 * Every query about groups: the one list of the organization's groups (with their members, so
 * pickers can count them), a group, and its roles and policies under its detail key.
 */
export const groupQueries = {
  ...keys,
  list: () => wholeList(keys.list(), ROUTES.listGroups, (page) => page.groups),
  detail: (id: string) =>
    readOne(keys.detail(id), ROUTES.readGroup, { groupId: id }, (r) => r.group),
  /** The roles the group holds (groups do not nest: all of them direct). */
  roles: (id: string) =>
    readOne(keys.of(id, 'roles'), ROUTES.groupRoles, { groupId: id }, (r) => r.roles.all),
  /** Read fresh on each visit: policies change on other pages (roles, policies). */
  policies: (id: string) =>
    readOne(keys.of(id, 'policies'), ROUTES.groupPolicies, { groupId: id }, (r) => r.policies, 0),
};
