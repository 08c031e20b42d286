import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-client';

/** A rule for a 400: the message starts with this text, or the pattern matches it. */
type MessageTest = string | RegExp;

/**
 * Where a form's server answers belong, as a small table per form. `P` is usually a field name;
 * a wizard may put more in it (the step that shows the field).
 */
export interface ServerErrorTable<P> {
  /** Where a 409 goes: the name, address or email that is taken. */
  conflict?: P;
  /** 404s whose message is exactly one of these: an entity the form names no longer exists. */
  notFound?: { messages: readonly string[]; place: P };
  /** 400s, tried in order: the first test the message passes names the place. */
  invalid: readonly (readonly [test: MessageTest, place: P])[];
}

/**
 * The 400 rules for fields whose names begin the API's messages ("email must be …"): each field
 * matches its own name and a space, so `name` does not catch "name_prefix …".
 */
export function fieldsNamedFirst<F extends string>(fields: readonly F[]): (readonly [string, F])[] {
  return fields.map((field) => [`${field} `, field] as const);
}

const passes = (message: string, test: MessageTest) =>
  typeof test === 'string' ? message.startsWith(test) : test.test(message);

/** The place a server's answer is about, or null when it is not an API error any rule fits. */
export function placeOfServerError<P>(error: unknown, table: ServerErrorTable<P>): P | null {
  if (!(error instanceof ApiError)) return null;
  const { message, status } = error;
  if (status === 409) return table.conflict ?? null;
  if (status === 404) {
    return table.notFound?.messages.includes(message) ? table.notFound.place : null;
  }
  if (status !== 400) return null;
  return table.invalid.find(([test]) => passes(message, test))?.[1] ?? null;
}

/**
 * Puts a server's answer on the form field it is about, with the server's words, and moves focus
 * there. False when it fits no field: the caller then says it some other way.
 */
export function setServerError<T extends FieldValues>(
  error: unknown,
  table: ServerErrorTable<FieldPath<T>>,
  setError: UseFormSetError<T>,
): boolean {
  const field = placeOfServerError(error, table);
  if (field === null || !(error instanceof ApiError)) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
