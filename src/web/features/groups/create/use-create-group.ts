import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES } from '../../../../shared/api/routes';
import type { Group } from '../../../../shared/schemas/group';
import type { Role } from '../../../../shared/schemas/role';
import type { User } from '../../../../shared/schemas/user';
import { groupQueries } from '../../../entities/group/group-queries';
import { roleQueries } from '../../../entities/role/role-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { callApi } from '../../../lib/api-client';
import { addToList } from '../../../lib/list-cache';
import { memberBody } from '../api/use-group-members';
import { groupBody } from './new-group-schema';
import type { NewGroupValues } from './new-group-schema';

/** A member or role could not be added after the group was made: says which step, and how it ended. */
export class CreateGroupStepError extends Error {
  override name = 'CreateGroupStepError';
}

interface Step {
  /** "adding member Blake Chen". */
  what: string;
  run: () => Promise<unknown>;
}

/**
 * POST the group, then each member, then each role (POST /v2/roles/{role}/groups/{group}).
 * If a later step fails, the group just made is deleted again, so nothing half-made stays,
 * and the error names the step. A failure of the first step throws the API's own error.
 */
async function createGroup(
  values: NewGroupValues,
  users: Map<string, User>,
  roles: Map<string, Role>,
): Promise<Group> {
  const body = groupBody(values);
  const reply = await callApi(ROUTES.createGroup, { body });
  const group = { ...reply, display_name: reply.display_name || body.display_name };
  const groupId = group.id;
  const steps: Step[] = [
    ...values.member_ids.map((id) => ({
      what: `adding member ${users.get(id)?.name ?? id}`,
      run: () =>
        callApi(ROUTES.addGroupMember, {
          params: { groupId },
          body: memberBody({ id, name: users.get(id)?.name ?? '' }),
        }),
    })),
    ...values.role_ids.map((id) => ({
      what: `giving it role ${roles.get(id)?.name ?? id}`,
      run: () => callApi(ROUTES.attachRoleGroup, { params: { roleId: id, groupId } }),
    })),
  ];
  for (const [index, step] of steps.entries()) {
    try {
      await step.run();
    } catch (error) {
      const failed = `Step ${index + 2} of ${steps.length + 1}, ${step.what}, failed: ${(error as Error).message}.`;
      try {
        await callApi(ROUTES.deleteGroup, { params: { groupId } });
      } catch (undo) {
        throw new CreateGroupStepError(
          `${failed} Removing the half-made group ${group.display_name} failed too (${(undo as Error).message}); delete it from its page.`,
        );
      }
      throw new CreateGroupStepError(`${failed} The group was deleted again; nothing was changed.`);
    }
  }
  const members = values.member_ids.map((id) => {
    const user = users.get(id);
    return { id, name: user?.name ?? id, email: user?.email ?? '' };
  });
  return { ...group, members };
}

/**
 * Creates a group with its members and roles, all or nothing, and lists it at once. The names
 * come from the users and roles lists the form picked from. Read again after, even when a step
 * failed and the group was deleted again: the groups, the members' own views, and the holders
 * of the roles given.
 */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: NewGroupValues) => {
      const users = queryClient.getQueryData(userQueries.list().queryKey) ?? [];
      const roles =
        queryClient.getQueryData(roleQueries.list().queryKey)?.pages.flatMap((p) => p.roles) ?? [];
      return createGroup(
        values,
        new Map(users.map((u) => [u.id, u])),
        new Map(roles.map((r) => [r.id, r])),
      );
    },
    meta: { invalidates: [groupQueries.root(), userQueries.root(), roleQueries.details()] },
    onSuccess: (group) => {
      queryClient.setQueryData(groupQueries.detail(group.id).queryKey, group);
      addToList(queryClient, groupQueries.list().queryKey, group);
    },
  });
}
