import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { roleReadSchema, roleSchema } from '../../../../shared/schemas/role';
import type { Role } from '../../../../shared/schemas/role';
import { apiRequest } from '../../../lib/api-client';
import { plannedRequests } from '../model/requests';
import type { WizardValues } from '../model/wizard-schema';
import { wizardQueries } from './wizard-queries';

/** Create and update answer unwrapped; live Vultr may wrap (spec §8). */
const roleReplySchema = z.union([roleReadSchema.transform((r) => r.role), roleSchema]);

/** Which request of Add Role failed, why, and how the clean-up ended. */
export class CreateStepFailure extends Error {
  override name = 'CreateStepFailure';
  constructor(
    /** 1-based position of the failed request, of `total`. */
    readonly step: number,
    readonly total: number,
    /** "creating the trust". */
    readonly what: string,
    /** The API's own error. */
    readonly reason: Error,
    /** The role this attempt made and could not delete again; null when nothing stays behind. */
    readonly leftBehind: Role | null,
  ) {
    super(`Step ${step} of ${total}, ${what}, failed: ${reason.message}`);
  }
}

const consolePath = (path: string) => `/api${path}`;

/**
 * Sends the requests the Review showed: the role, its policies, its trust. If one fails after
 * the role exists, the role is deleted again (its attachments go with it), so an attempt either
 * completes or leaves nothing; if even that delete fails, the error names the role left behind.
 */
async function createAssumableRole(
  values: WizardValues,
  policyNames: ReadonlyMap<string, string>,
): Promise<Role> {
  const [first] = plannedRequests(values, policyNames);
  const total = values.policy_ids.length + 2;
  let role: Role;
  try {
    role = await apiRequest(consolePath(first!.path), roleReplySchema, {
      method: 'POST',
      body: first!.body,
    });
  } catch (error) {
    throw new CreateStepFailure(1, total, first!.what, error as Error, null);
  }
  const rest = plannedRequests(values, policyNames, role.id).slice(1);
  for (const [index, request] of rest.entries()) {
    try {
      await apiRequest(consolePath(request.path), z.unknown(), {
        method: request.method,
        body: request.body,
      });
    } catch (error) {
      let leftBehind: Role | null = null;
      try {
        await apiRequest(consolePath(`/v2/roles/${encodeURIComponent(role.id)}`), z.unknown(), {
          method: 'DELETE',
        });
      } catch {
        leftBehind = role;
      }
      throw new CreateStepFailure(index + 2, total, request.what, error as Error, leftBehind);
    }
  }
  return role;
}

/** Add Role: all requests or none; the role is returned with the policies it now holds. */
export function useCreateAssumableRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: WizardValues) => {
      const policies = queryClient.getQueryData(wizardQueries.policies().queryKey) ?? [];
      const role = await createAssumableRole(values, new Map(policies.map((p) => [p.id, p.name])));
      const attached = policies.filter((p) => values.policy_ids.includes(p.id));
      return { ...role, policies: attached };
    },
  });
}
