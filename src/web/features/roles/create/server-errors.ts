import { fieldsNamedFirst } from '../../../lib/server-errors';
import type { ServerErrorTable } from '../../../lib/server-errors';

const FIELDS = ['name', 'description', 'max_session_duration', 'role_type'] as const;

/**
 * A role form's answers (create and edit in place): a taken name (409) on Name, a 400 on the
 * field its message starts with.
 */
export const ROLE_ERRORS: ServerErrorTable<(typeof FIELDS)[number]> = {
  conflict: 'name',
  invalid: fieldsNamedFirst(FIELDS),
};
