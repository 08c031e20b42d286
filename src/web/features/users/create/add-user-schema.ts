import { z } from 'zod';
import {
  passwordSchema,
  userCreateSchema,
  userEmailSchema,
  userNameSchema,
} from '../../../../shared/schemas/user';
import type { UserCreateValues } from '../../../../shared/schemas/user';

/**
 * The Add User form: its fields checked one by one with the shared rules, so every wrong field
 * shows at once (userCreateSchema checks the name only after the rest passes), then handed to
 * userCreateSchema itself, which makes the POST /v2/users body.
 */
export const addUserFormSchema = z
  .object({
    name: userNameSchema,
    email: userEmailSchema,
    password: passwordSchema,
    api_enabled: z.boolean(),
    service_user: z.boolean(),
  })
  .transform((fields, ctx): UserCreateValues => {
    const body = userCreateSchema.safeParse(fields);
    if (body.success) return body.data;
    for (const { path, message } of body.error.issues) {
      ctx.issues.push({ code: 'custom', path, message, input: fields });
    }
    return z.NEVER;
  });
export type AddUserInput = z.input<typeof addUserFormSchema>;
export type AddUserValues = UserCreateValues;

export const ADD_USER_DEFAULTS: AddUserInput = {
  name: '',
  email: '',
  password: '',
  api_enabled: true,
  service_user: false,
};
