import type { ServerErrorTable } from '../../../lib/server-errors';
import type { RegisterMode } from './register-issuer-schema';

type Field = 'uri' | 'display_name' | 'key_text';

/**
 * Where the API's answers to Register issuer go: a taken URI (409) and a failed discovery on
 * Issuer URI; the key's members ("issuer.n must be …", "issuer key is not …") on the key box when
 * a key was pasted, else on the URI the keys were fetched from.
 */
export function issuerErrorTable(mode: RegisterMode): ServerErrorTable<Field> {
  return {
    conflict: 'uri',
    invalid: [
      ['could not fetch', 'uri'],
      [/^issuer\.uri\b/, 'uri'],
      [/^issuer\.display_name\b/, 'display_name'],
      [/^issuer(\.| key)/, mode === 'key' ? 'key_text' : 'uri'],
    ],
  };
}
