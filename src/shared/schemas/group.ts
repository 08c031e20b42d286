import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { recordDescriptionSchema, recordNameSchema, safeNameUpTo } from './text';
import { arraysOf, listOf, looseArray, looseInstant, looseString, wrappedOrNot } from '../api/read';
import { policySchema } from './policy';
import { roleRefSchema } from './role';
import { userSummarySchema } from './person';

export const groupNameSchema = recordNameSchema;

/** Body of POST /v2/groups and PUT /v2/groups/{id}. */
export const groupInputSchema = z.object({
  display_name: groupNameSchema,
  description: recordDescriptionSchema,
});
export type GroupInput = z.input<typeof groupInputSchema>;
export type GroupValues = z.output<typeof groupInputSchema>;

/** A group as the API returns it; members in the order they were added. */
export const groupSchema = z.object({
  id: idSchema,
  display_name: looseString,
  description: looseString,
  members: looseArray(userSummarySchema),
  date_created: looseInstant,
});
export type Group = z.output<typeof groupSchema>;

/** GET /v2/groups, and GET /v2/users/{id}/groups. */
export const groupListSchema = listOf('groups', groupSchema);
export const groupReadSchema = z.object({ group: groupSchema });
/** A create or update reply. */
export const groupReplySchema = wrappedOrNot('group', groupSchema);

/**
 * Body of POST /v2/groups/{id}/members. govultr sends `{user_id, display_name}`; the name is
 * accepted and not needed (the user is found by id).
 */
export const groupMemberInputSchema = z.object({
  user_id: idSchema,
  display_name: safeNameUpTo(200).optional(),
});
export type GroupMemberInput = z.input<typeof groupMemberInputSchema>;

/** The record POST /v2/groups/{id}/members answers with (the emulator's; the console ignores it). */
export const groupMembershipSchema = z.object({
  group_id: idSchema,
  group_name: z.string(),
  user_id: idSchema,
  user_name: z.string(),
  date_added: timestampSchema,
});
export type GroupMembership = z.infer<typeof groupMembershipSchema>;

export const groupMemberListSchema = listOf('members', userSummarySchema);

/** GET /v2/groups/{id}/roles; groups do not nest, so nothing is inherited. */
export const groupRolesSchema = z.object({
  roles: arraysOf(['all', 'direct', 'inherited'], roleRefSchema),
});
export type GroupRoles = z.output<typeof groupRolesSchema>;

/** GET /v2/groups/{id}/policies: attached to the group, through its roles, and both. */
export const groupPoliciesSchema = z.object({
  policies: arraysOf(['direct', 'from_roles', 'all'], policySchema),
});
export type GroupPolicies = z.output<typeof groupPoliciesSchema>;
