import type { UseFormSetError } from 'react-hook-form';
import type { PolicyInput } from '../../../../shared/schemas/policy';
import { ApiError } from '../../../lib/api-client';

const FIELDS = ['name', 'description', 'policy_document'] as const;

/**
 * Puts a server's validation answer on the field it is about: a 409 (a policy with that name
 * exists) on Name, a 400 on the field its message starts with ("policy_document.Statement[0]…"
 * on the document). False when it fits no field.
 */
export function setServerError(error: unknown, setError: UseFormSetError<PolicyInput>): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 409) {
    setError('name', { type: 'server', message: error.message }, { shouldFocus: true });
    return true;
  }
  if (error.status !== 400) return false;
  const field = FIELDS.find((f) => error.message.startsWith(f));
  if (!field) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
