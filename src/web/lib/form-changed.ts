import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Whether a react-hook-form form's values differ from its defaults at this moment, read from the
 * form itself. `formState.isDirty` would say the same only later: with a resolver, react-hook-form
 * updates it once the form has been validated, which is asynchronous.
 */
export function formChanged<T extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, unknown>, 'getValues' | 'formState'>,
): boolean {
  return JSON.stringify(form.getValues()) !== JSON.stringify(form.formState.defaultValues ?? {});
}
