import { z } from 'zod';
import { passwordSchema, userCreateSchema, userEmailSchema } from '../../../../shared/schemas/user';

const namePart = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must be between 1 and 100 characters')
  .max(100, 'must be between 1 and 100 characters');

/**
 * The POST /v2/users body as every Vultr source accepts it: `first_name` and `last_name` (the
 * OpenAPI description requires them) and `name`, both joined (what govultr sends).
 */
export interface AddUserBody {
  email: string;
  password: string;
  first_name: string;
  last_name: string;
  name: string;
  api_enabled: boolean;
  service_user: boolean;
}

/**
 * The Add User form: its fields checked one by one, so every wrong field shows at once, then
 * the whole checked by the shared create rules (userCreateSchema, which judges the joined name)
 * and turned into the POST /v2/users body.
 */
export const addUserFormSchema = z
  .object({
    first_name: namePart,
    last_name: namePart,
    email: userEmailSchema,
    password: passwordSchema,
    api_enabled: z.boolean(),
    service_user: z.boolean(),
  })
  .transform((fields, ctx): AddUserBody => {
    const checked = userCreateSchema.safeParse(fields);
    if (checked.success) {
      return { ...checked.data, first_name: fields.first_name, last_name: fields.last_name };
    }
    for (const { path, message } of checked.error.issues) {
      // The joined name is too long: the last name is where it ends.
      const field = path[0] === 'name' ? 'last_name' : path[0];
      const said = path[0] === 'name' ? `with the first name ${message}` : message;
      ctx.issues.push({ code: 'custom', path: [field ?? 'email'], message: said, input: fields });
    }
    return z.NEVER;
  });
export type AddUserInput = z.input<typeof addUserFormSchema>;
export type AddUserValues = AddUserBody;

export const ADD_USER_DEFAULTS: AddUserInput = {
  first_name: '',
  last_name: '',
  email: '',
  password: '',
  api_enabled: true,
  service_user: false,
};
