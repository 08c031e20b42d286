import type { MutateOptions } from '@tanstack/react-query';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { setServerError } from './server-errors';
import type { ServerErrorTable } from './server-errors';
import { useNotify } from './snackbar';
import { capitalized } from './words';

interface InlineSave<I extends FieldValues, V, R> {
  form: Pick<UseFormReturn<I, unknown, V>, 'handleSubmit' | 'setError'>;
  /** What saves the values: a TanStack mutation fits. */
  save: { mutate: (values: V, options: MutateOptions<R, Error, V>) => void };
  /** Where the API's refusals about a field go. */
  errors: ServerErrorTable<FieldPath<I>>;
  /** The kind in lower case: "group" gives "Group Ops saved", "Could not save the group: …". */
  noun: string;
  /** The saved entity's name, from the reply or the values sent. */
  nameOf: (saved: R, values: V) => string;
  /** Closes the form. */
  onDone: () => void;
}

/**
 * The submit of a form that edits an entity in place: once saved, a notice says so and the form
 * closes; a refusal about a field shows under it, any other in a notice.
 */
export function useInlineSave<I extends FieldValues, V, R>(options: InlineSave<I, V, R>) {
  const { form, save, noun, onDone } = options;
  const notify = useNotify();
  const title = capitalized(noun);
  return form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        notify({ message: `${title} ${options.nameOf(saved, values)} saved` });
        onDone();
      },
      onError: (error) => {
        if (!setServerError(error, options.errors, form.setError)) {
          notify({ severity: 'error', message: `Could not save the ${noun}: ${error.message}` });
        }
      },
    }),
  );
}
