import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WizardValues } from '../model/wizard-schema';
import { browserZone } from '../model/wizard-schema';
import { createAssumableRole } from './trust-writes';
import { policyQueries } from '../../../entities/policy/policy-queries';
import { namedIntent } from './loaded-entity-name';
import { ROLE_CREATE } from './write-meta';

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
      const policies = queryClient.getQueryData(policyQueries.list().queryKey) ?? [];
      const intended = namedIntent(queryClient, values);
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
    meta: ROLE_CREATE,
  });
}
