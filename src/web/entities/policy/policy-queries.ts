import { ROUTES } from '../../../shared/api/routes';
import { entityKeys, readOne, wholeList } from '../../lib/entity-queries';

const keys = entityKeys('policies');

/**
 * Every query about permission policies: the one list (the Permission Policies tab and every
 * policy picker), a policy, and the users and groups it is attached to, under its detail key.
 */
export const policyQueries = {
  ...keys,
  list: () => wholeList(keys.list(), ROUTES.listPolicies, (page) => page.policies),
  detail: (id: string) =>
    readOne(keys.detail(id), ROUTES.readPolicy, { policyId: id }, (r) => r.policy),
  users: (id: string) =>
    wholeList(keys.of(id, 'users'), ROUTES.listPolicyUsers, (p) => p.users, { policyId: id }, 0),
  groups: (id: string) =>
    wholeList(keys.of(id, 'groups'), ROUTES.listPolicyGroups, (p) => p.groups, { policyId: id }, 0),
};
