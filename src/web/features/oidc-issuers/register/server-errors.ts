import type { UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import type { RegisterIssuerInput, RegisterMode } from './register-issuer-schema';

type Field = 'uri' | 'display_name' | 'key_text';

/** The field a server answer is about, or null when it fits none. */
export function fieldOfServerError(error: ApiError, mode: RegisterMode): Field | null {
  // 409: an issuer with this uri exists already.
  if (error.status === 409) return 'uri';
  if (error.status !== 400) return null;
  const message = error.message;
  // Discovery failed: the URI is what the user can change.
  if (message.startsWith('could not fetch')) return 'uri';
  if (/^issuer\.uri\b/.test(message)) return 'uri';
  if (/^issuer\.display_name\b/.test(message)) return 'display_name';
  // The key members ("issuer.n must be …", "issuer key is not a valid RSA public key").
  if (/^issuer(\.| key)/.test(message)) return mode === 'key' ? 'key_text' : 'uri';
  return null;
}

/** Puts a server's validation answer on its field; false when it fits no field. */
export function setServerError(
  error: unknown,
  mode: RegisterMode,
  setError: UseFormSetError<RegisterIssuerInput>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const field = fieldOfServerError(error, mode);
  if (!field) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
