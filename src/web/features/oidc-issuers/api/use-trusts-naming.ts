import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { trustQueries } from '../../../entities/trust/trust-queries';

/**
 * The role trusts whose trusted entity is this issuer, picked out of the organization's (the
 * API cannot filter them by issuer).
 */
export function useTrustsNaming(issuerId: string) {
  const select = useCallback(
    (trusts: RoleTrust[]) => trusts.filter((t) => t.trusted_oidc_issuer_id === issuerId),
    [issuerId],
  );
  return useQuery({ ...trustQueries.all(), select });
}
