import { fieldsNamedFirst } from '../../../lib/server-errors';
import type { ServerErrorTable } from '../../../lib/server-errors';
import type { AddUserInput } from './add-user-schema';

/**
 * Add user's answers: a taken email (409) on Email, a 400 on the field its message starts with;
 * one about `name` (first and last joined) on First name.
 */
export const USER_ERRORS: ServerErrorTable<keyof AddUserInput> = {
  conflict: 'email',
  invalid: [
    ['name ', 'first_name'],
    ...fieldsNamedFirst([
      'first_name',
      'last_name',
      'email',
      'password',
      'api_enabled',
      'service_user',
    ] as const),
  ],
};
