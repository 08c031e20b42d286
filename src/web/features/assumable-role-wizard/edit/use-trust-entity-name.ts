import { useQuery } from '@tanstack/react-query';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { groupQueries } from '../../../entities/group/group-queries';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { namesNeeded, trustedEntity } from '../../../lib/trust-names';

/**
 * The name of a trust's entity: the name the trust carries, else the one the organization's
 * lists give (an issuer's always, as only the emulator names issuers in a trust).
 */
export function useTrustEntityName(trust: RoleTrust | null): string {
  const needed = namesNeeded(trust ? [trust] : []);
  const users = useQuery({ ...userQueries.list(), enabled: needed.users });
  const groups = useQuery({ ...groupQueries.list(), enabled: needed.groups });
  const issuers = useQuery({ ...issuerQueries.list(), enabled: needed.issuers });
  if (!trust) return '';
  return trustedEntity(trust, { users: users.data, groups: groups.data, issuers: issuers.data })
    .name;
}
