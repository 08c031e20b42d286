import { groupQueries } from '../group/group-queries';
import { policyQueries } from '../policy/policy-queries';
import { roleQueries } from '../role/role-queries';
import { sessionQueries } from '../session/session-queries';
import { userQueries } from '../user/user-queries';
import { trustQueries } from './trust-queries';

/** A trust write (add, edit, delete) changes who may assume the role and whose sessions it has. */
export const TRUST_WRITE = { invalidates: [trustQueries.root(), sessionQueries.root()] };

/**
 * Deleting a user, a group or a role reaches every view: memberships, holders, the policies they
 * held, the trusts naming them and the sessions gathered through those.
 */
export const EVERY_ENTITY = {
  invalidates: [
    userQueries.root(),
    groupQueries.root(),
    roleQueries.root(),
    policyQueries.root(),
    trustQueries.root(),
    sessionQueries.root(),
  ],
};
