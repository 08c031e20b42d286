import type { PolicyInput } from '../../../../shared/schemas/policy';
import type { ServerErrorTable } from '../../../lib/server-errors';

/**
 * The policy form's answers: a taken name (409) on Name, a 400 on the field its message starts
 * with ("policy_document.Statement[0]…" on the document).
 */
export const POLICY_ERRORS: ServerErrorTable<keyof PolicyInput> = {
  conflict: 'name',
  invalid: [
    ['name', 'name'],
    ['description', 'description'],
    ['policy_document', 'policy_document'],
  ],
};
