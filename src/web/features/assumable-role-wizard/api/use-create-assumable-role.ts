import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intendedTrust } from '../model/trust-verify';
import type { WizardValues } from '../model/wizard-schema';
import { browserZone } from '../model/wizard-schema';
import { createAssumableRole } from './trust-writes';
import { loadedEntityName, wizardQueries } from './wizard-queries';

export { CreateStepFailure } from './trust-writes';
export type { CreatedAssumableRole } from './trust-writes';

/**
 * Add Role: all requests or none; the role is returned with the policies it now holds, and its
 * trust as read back, compared with what was sent.
 */
export function useCreateAssumableRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: WizardValues) => {
      const policies = queryClient.getQueryData(wizardQueries.policies().queryKey) ?? [];
      const intended = intendedTrust(values);
      intended.principal.name = loadedEntityName(
        queryClient,
        values.trust.kind,
        values.trust.entity_id,
      );
      const created = await createAssumableRole(
        values,
        new Map(policies.map((p) => [p.id, p.name])),
        intended,
        browserZone(),
      );
      const attached = policies
        .filter((p) => values.policy_ids.includes(p.id))
        .map((p) => ({ id: p.id, name: p.name, description: p.description }));
      return { ...created, role: { ...created.role, policies: attached } };
    },
  });
}
