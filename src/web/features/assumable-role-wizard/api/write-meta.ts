import { policyQueries } from '../../../entities/policy/policy-queries';
import { roleQueries } from '../../../entities/role/role-queries';
import { trustQueries } from '../../../entities/trust/trust-queries';

/** Add Role makes a role, attaches its policies and writes its trust. */
export const ROLE_CREATE = {
  invalidates: [roleQueries.root(), policyQueries.root(), trustQueries.root()],
};
