import { z } from 'zod';
import { personFields } from './person';
import { recordNameSchema, safeNameUpTo } from './text';
import {
  looseBoolean,
  looseInstant,
  arraysOf,
  looseString,
  listOf,
  personName,
  wrappedOrNot,
} from '../api/read';
import { policySchema } from './policy';
import { roleRefSchema } from './role';

export const PASSWORD_MIN = 10;
/** Long enough for any passphrase, short enough that hashing it is cheap. */
export const PASSWORD_MAX = 1024;

export const userNameSchema = recordNameSchema;

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
const namePartSchema = safeNameUpTo(100);

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

/**
 * A user as the API returns it (never with a key or a password). Vultr's sources agree on `id`
 * and `email`; the name may come as `name` (govultr), `display_name` or `first_name` +
 * `last_name` (OpenAPI), and is read into `name`. `date_created` is the emulator's ([E]): `""`
 * when absent.
 */
const userFields = {
  ...personFields,
  api_enabled: looseBoolean(true),
  service_user: looseBoolean(false),
  date_created: looseInstant,
};
const named = <U extends { display_name: string; first_name: string; last_name: string }>(u: U) => {
  const { display_name: _d, first_name: _f, last_name: _l, ...rest } = u;
  return { ...rest, name: personName(u) };
};

export const userSchema = z.object(userFields).transform(named);
export type User = z.output<typeof userSchema>;

/** The create reply: the only place the plain API key ever appears (empty when API access is off). */
export const userCreatedSchema = wrappedOrNot(
  'user',
  z.object({ ...userFields, api_key: looseString }).transform(named),
);
export type UserCreated = z.output<typeof userCreatedSchema>;

export const userListSchema = listOf('users', userSchema);
export const userReadSchema = z.object({ user: userSchema });

export { userSummarySchema, type UserSummary } from './person';

/**
 * `{all, direct, inherited}` (govultr) or a flat list (OpenAPI). A flat list says nothing about
 * where each item comes from: it reads as `all`, with `split: false`.
 */
const accessSets = <T extends z.ZodType>(item: T) =>
  z.union([
    arraysOf(['all', 'direct', 'inherited'], item)
      .extend({ split: z.boolean().optional() })
      .transform((sets) => ({ ...sets, split: sets.split ?? true })),
    z.array(item).transform((all) => ({ all, direct: all, inherited: [], split: false })),
  ]);

/** GET /v2/users/{id}/roles: direct assignments, those through groups, and both. */
export const userRolesSchema = z.object({ roles: accessSets(roleRefSchema) });
export type UserRoles = z.output<typeof userRolesSchema>;

/** GET /v2/users/{id}/policies: direct, through groups and roles, and both. */
export const userPoliciesSchema = z.object({ policies: accessSets(policySchema) });
export type UserPolicies = z.output<typeof userPoliciesSchema>;
