import type { UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import type { AddUserInput } from './add-user-schema';

const FIELDS = [
  'first_name',
  'last_name',
  'email',
  'password',
  'api_enabled',
  'service_user',
] as const;

/**
 * Puts a server's validation answer on its field: a 409 (a user with that email exists) on
 * Email, a 400 on the field its message starts with (one about `name`, the two joined, on First
 * name). False when it fits no field.
 */
export function setServerError(error: unknown, setError: UseFormSetError<AddUserInput>): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 409) {
    setError('email', { type: 'server', message: error.message }, { shouldFocus: true });
    return true;
  }
  if (error.status !== 400) return false;
  const field = error.message.startsWith('name ')
    ? 'first_name'
    : FIELDS.find((f) => error.message.startsWith(`${f} `));
  if (!field) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
