import { z } from 'zod';
import { idSchema, listEnvelope, timestampSchema } from './common';
import { policySchema } from './policy';

export const ROLE_TYPES = ['assignable', 'assumable'] as const;
export const roleTypeSchema = z.enum(ROLE_TYPES, { error: 'must be one of assignable, assumable' });
export type RoleType = z.infer<typeof roleTypeSchema>;

export const SESSION_DURATION_MIN = 900;
export const SESSION_DURATION_MAX = 43_200;
export const SESSION_DURATION_DEFAULT = 3_600;

export const sessionDurationSchema = z
  .number({ error: 'must be an integer' })
  .int('must be an integer')
  .min(SESSION_DURATION_MIN, `must be between ${SESSION_DURATION_MIN} and ${SESSION_DURATION_MAX}`)
  .max(SESSION_DURATION_MAX, `must be between ${SESSION_DURATION_MIN} and ${SESSION_DURATION_MAX}`);

export const roleNameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must be between 1 and 100 characters')
  .max(100, 'must be between 1 and 100 characters');

/** Body of POST /v2/roles and PUT /v2/roles/{id}. */
export const roleInputSchema = z.object({
  name: roleNameSchema,
  description: z
    .string({ error: 'must be a string' })
    .max(500, 'must be at most 500 characters')
    .default(''),
  role_type: roleTypeSchema,
  max_session_duration: sessionDurationSchema.default(SESSION_DURATION_DEFAULT),
});
export type RoleInput = z.input<typeof roleInputSchema>;
export type RoleValues = z.output<typeof roleInputSchema>;

/** A role as the API returns it. */
export const roleSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  role_type: roleTypeSchema,
  max_session_duration: z.number().int(),
  policies: z.array(policySchema),
  date_created: timestampSchema,
});
export type Role = z.infer<typeof roleSchema>;

export const roleListSchema = listEnvelope('roles', roleSchema);
export type RoleList = z.infer<typeof roleListSchema>;

export const roleReadSchema = z.object({ role: roleSchema });

/** ARN of a role, as the STS endpoint expects it. */
export function roleArn(organizationId: string, roleId: string): string {
  return `arn:aws:iam::${organizationId}:role/${roleId}`;
}
