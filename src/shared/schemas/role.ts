import { z } from 'zod';
import { idSchema } from './common';
import { recordDescriptionSchema, recordNameSchema } from './text';
import { listOf, looseArray, looseInstant, looseInt, looseString, wrappedOrNot } from '../api/read';

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

export const roleNameSchema = recordNameSchema;

/** Body of POST /v2/roles and PUT /v2/roles/{id}. */
export const roleInputSchema = z.object({
  name: roleNameSchema,
  description: recordDescriptionSchema,
  role_type: roleTypeSchema,
  max_session_duration: sessionDurationSchema.default(SESSION_DURATION_DEFAULT),
});
export type RoleInput = z.input<typeof roleInputSchema>;
export type RoleValues = z.output<typeof roleInputSchema>;

/**
 * A policy as a role lists it: full policy objects (govultr) or relationship records
 * `{policy_id, policy_name, …}` (OpenAPI), both read as `{id, name, description}`.
 */
export const rolePolicySchema = z.union([
  z
    .object({ policy_id: idSchema, policy_name: looseString, policy_description: looseString })
    .transform(
      (r): { id: string; name: string; description: string; is_system_policy?: boolean } => ({
        id: r.policy_id,
        name: r.policy_name,
        description: r.policy_description,
      }),
    ),
  z
    .object({
      id: idSchema,
      name: looseString,
      description: looseString,
      is_system_policy: z.boolean().nullish(),
    })
    .transform((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      ...(typeof p.is_system_policy === 'boolean' ? { is_system_policy: p.is_system_policy } : {}),
    })),
]);
export type RolePolicy = z.output<typeof rolePolicySchema>;

/** `assignable` | `assumable`; any other word (OpenAPI says `user` | `service`) is kept as sent. */
const roleTypeRead = z.string();

/** A role as the API returns it. */
export const roleSchema = z.object({
  id: idSchema,
  name: looseString,
  description: looseString,
  role_type: roleTypeRead,
  max_session_duration: looseInt(SESSION_DURATION_DEFAULT),
  policies: looseArray(rolePolicySchema),
  date_created: looseInstant,
});
export type Role = z.output<typeof roleSchema>;

export const roleListSchema = listOf('roles', roleSchema);
export type RoleList = z.output<typeof roleListSchema>;

export const roleReadSchema = z.object({ role: roleSchema });
/** A create, update or restore reply. */
export const roleReplySchema = wrappedOrNot('role', roleSchema);

/**
 * A role as a user's or a group's role list names it: govultr decodes group items as
 * `{id, display_name, description, role_type, date_assigned}` and user items as full roles.
 */
export const roleRefSchema = z
  .object({
    id: idSchema,
    name: looseString,
    display_name: looseString,
    description: looseString,
    role_type: looseString,
  })
  .transform(({ display_name, ...r }) => ({ ...r, name: r.name || display_name }));
export type RoleRef = z.output<typeof roleRefSchema>;

/** ARN of a role, as the STS endpoint expects it. */
export function roleArn(organizationId: string, roleId: string): string {
  return `arn:aws:iam::${organizationId}:role/${roleId}`;
}
