import { fieldsNamedFirst } from '../../../lib/server-errors';
import type { ServerErrorTable } from '../../../lib/server-errors';

const FIELDS = ['display_name', 'description'] as const;

/**
 * A group form's answers (create and edit in place): a taken name (409) on Group Name, a 400 on
 * the field its message starts with.
 */
export const GROUP_ERRORS: ServerErrorTable<(typeof FIELDS)[number]> = {
  conflict: 'display_name',
  invalid: fieldsNamedFirst(FIELDS),
};
