import { useMutation } from '@tanstack/react-query';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import type { TrustUpdateBody } from '../model/requests';
import type { IntendedTrust } from '../model/trust-verify';
import { browserZone } from '../model/wizard-schema';
import { deleteTrust, updateTrust } from './trust-writes';
import type { Verification } from './trust-writes';

export interface TrustUpdate {
  body: TrustUpdateBody;
  /** What the trust should be afterwards, to compare the read-back with. */
  intended: IntendedTrust;
}

/** PUT /v2/role-trusts/{id}, then the trust read back and compared; the caller refreshes lists. */
export function useUpdateTrust(trust: RoleTrust) {
  return useMutation({
    mutationFn: ({ body, intended }: TrustUpdate): Promise<Verification> =>
      updateTrust(trust, body, intended, browserZone()),
  });
}

/** DELETE /v2/role-trusts/{id}, when a trust did not come out as meant. */
export function useDeleteTrust(trust: RoleTrust | null) {
  return useMutation({
    mutationFn: async () => {
      if (trust) await deleteTrust(trust.id);
    },
  });
}
