import { z } from 'zod';
import { idSchema, listEnvelope, timestampSchema } from './common';
import { policySchema } from './policy';
import { roleSchema } from './role';
import { userSummarySchema } from './user';

export const groupNameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must be between 1 and 100 characters')
  .max(100, 'must be between 1 and 100 characters');

/** Body of POST /v2/groups and PUT /v2/groups/{id}. */
export const groupInputSchema = z.object({
  display_name: groupNameSchema,
  description: z
    .string({ error: 'must be a string' })
    .max(500, 'must be at most 500 characters')
    .default(''),
});
export type GroupInput = z.input<typeof groupInputSchema>;
export type GroupValues = z.output<typeof groupInputSchema>;

/** A group as the API returns it; members in the order they were added. */
export const groupSchema = z.object({
  id: idSchema,
  display_name: z.string(),
  description: z.string(),
  members: z.array(userSummarySchema),
  date_created: timestampSchema,
});
export type Group = z.infer<typeof groupSchema>;

/** GET /v2/groups, and GET /v2/users/{id}/groups. */
export const groupListSchema = listEnvelope('groups', groupSchema);
export const groupReadSchema = z.object({ group: groupSchema });

/** Body of POST /v2/groups/{id}/members. */
export const groupMemberInputSchema = z.object({ user_id: idSchema });
export type GroupMemberInput = z.input<typeof groupMemberInputSchema>;

/** The record POST /v2/groups/{id}/members answers with. */
export const groupMembershipSchema = z.object({
  group_id: idSchema,
  group_name: z.string(),
  user_id: idSchema,
  user_name: z.string(),
  date_added: timestampSchema,
});
export type GroupMembership = z.infer<typeof groupMembershipSchema>;

export const groupMemberListSchema = listEnvelope('members', userSummarySchema);

/** GET /v2/groups/{id}/roles; groups do not nest, so nothing is inherited. */
export const groupRolesSchema = z.object({
  roles: z.object({
    all: z.array(roleSchema),
    direct: z.array(roleSchema),
    inherited: z.array(roleSchema),
  }),
});
export type GroupRoles = z.infer<typeof groupRolesSchema>;

/** GET /v2/groups/{id}/policies: attached to the group, through its roles, and both. */
export const groupPoliciesSchema = z.object({
  policies: z.object({
    direct: z.array(policySchema),
    from_roles: z.array(policySchema),
    all: z.array(policySchema),
  }),
});
export type GroupPolicies = z.infer<typeof groupPoliciesSchema>;
