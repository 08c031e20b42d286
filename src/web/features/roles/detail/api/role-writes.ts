import { groupQueries } from '../../../../entities/group/group-queries';
import { roleQueries } from '../../../../entities/role/role-queries';
import { sessionQueries } from '../../../../entities/session/session-queries';
import { trustQueries } from '../../../../entities/trust/trust-queries';
import { userQueries } from '../../../../entities/user/user-queries';

/**
 * What a role's own write (its name, its policies, its existence) makes stale: the role's views,
 * and the users' and groups' role lists that show it.
 */
export const ROLE_WRITE = {
  invalidates: [roleQueries.root(), userQueries.root(), groupQueries.root()],
};

/** Deleting or restoring a role takes its trusts and sessions along (or brings them back). */
export const ROLE_LIFECYCLE = {
  invalidates: [...ROLE_WRITE.invalidates, trustQueries.root(), sessionQueries.root()],
};
