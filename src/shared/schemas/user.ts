import { z } from 'zod';
import { idSchema, listEnvelope, timestampSchema } from './common';
import { policySchema } from './policy';
import { roleSchema } from './role';

export const PASSWORD_MIN = 10;
/** Long enough for any passphrase, short enough that hashing it is cheap. */
export const PASSWORD_MAX = 1024;

export const userNameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must be between 1 and 100 characters')
  .max(100, 'must be between 1 and 100 characters');

export const userEmailSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'));

export const passwordSchema = z
  .string({ error: 'must be a string' })
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

const booleanField = z.boolean({ error: 'must be a boolean' });
const namePartSchema = z
  .string({ error: 'must be a string' })
  .max(100, 'must be at most 100 characters');

/**
 * Body of POST /v2/users. The name comes either as `name` or as `first_name` + `last_name`
 * (joined with a space); the output always carries the one `name`.
 */
export const userCreateSchema = z
  .object({
    email: userEmailSchema,
    name: z.string({ error: 'must be a string' }).optional(),
    first_name: namePartSchema.optional(),
    last_name: namePartSchema.optional(),
    password: passwordSchema,
    api_enabled: booleanField.default(true),
    service_user: booleanField.default(false),
  })
  .transform((input, ctx) => {
    let raw: string;
    if (input.name !== undefined) raw = input.name;
    else if (input.first_name !== undefined || input.last_name !== undefined) {
      if (input.first_name === undefined || input.last_name === undefined) {
        const missing = input.first_name === undefined ? 'first_name' : 'last_name';
        ctx.issues.push({ code: 'custom', path: [missing], message: 'is required', input });
        return z.NEVER;
      }
      raw = `${input.first_name.trim()} ${input.last_name.trim()}`;
    } else {
      ctx.issues.push({ code: 'custom', path: ['name'], message: 'is required', input });
      return z.NEVER;
    }
    const name = userNameSchema.safeParse(raw);
    if (!name.success) {
      const message = name.error.issues[0]?.message ?? 'is invalid';
      ctx.issues.push({ code: 'custom', path: ['name'], message, input });
      return z.NEVER;
    }
    return {
      email: input.email,
      name: name.data,
      password: input.password,
      api_enabled: input.api_enabled,
      service_user: input.service_user,
    };
  });
export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserCreateValues = z.output<typeof userCreateSchema>;

/** Body of PATCH /v2/users/{id}: every field optional, omitted = unchanged. */
export const userUpdateSchema = z.object({
  name: userNameSchema.optional(),
  email: userEmailSchema.optional(),
  password: passwordSchema.optional(),
  api_enabled: booleanField.optional(),
  service_user: booleanField.optional(),
});
export type UserUpdateInput = z.input<typeof userUpdateSchema>;
export type UserUpdateValues = z.output<typeof userUpdateSchema>;

/** A user as the API returns it (never with a key or a password). */
export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  api_enabled: z.boolean(),
  service_user: z.boolean(),
  date_created: timestampSchema,
});
export type User = z.infer<typeof userSchema>;

/** The create reply: the only place the plain API key ever appears (empty when API access is off). */
export const userCreatedSchema = userSchema.extend({ api_key: z.string() });
export type UserCreated = z.infer<typeof userCreatedSchema>;

export const userListSchema = listEnvelope('users', userSchema);
export const userReadSchema = z.object({ user: userSchema });

/** The short form of a user inside a group. */
export const userSummarySchema = z.object({ id: idSchema, name: z.string(), email: z.string() });
export type UserSummary = z.infer<typeof userSummarySchema>;

const accessSets = <T extends z.ZodType>(item: T) =>
  z.object({ all: z.array(item), direct: z.array(item), inherited: z.array(item) });

/** GET /v2/users/{id}/roles: direct assignments, those through groups, and both. */
export const userRolesSchema = z.object({ roles: accessSets(roleSchema) });
export type UserRoles = z.infer<typeof userRolesSchema>;

/** GET /v2/users/{id}/policies: direct, through groups and roles, and both. */
export const userPoliciesSchema = z.object({ policies: accessSets(policySchema) });
export type UserPolicies = z.infer<typeof userPoliciesSchema>;
