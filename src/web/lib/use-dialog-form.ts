import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldPath, FieldValues, UseFormProps } from 'react-hook-form';
import type { MutateOptions } from '@tanstack/react-query';
import { useUnsavedCheck } from '../components/form-dialog';
import type { FormDialogContext } from '../components/form-dialog';
import { formChanged } from './form-changed';
import { setServerError } from './server-errors';
import type { ServerErrorTable } from './server-errors';

/** What sends a dialog form: a TanStack mutation fits. */
interface Sender<A, R> {
  mutate: (input: A, options: MutateOptions<R, Error, A>) => void;
}

/**
 * A form inside a FormDialog: the react-hook-form form, which tells the dialog when it holds
 * unsaved input; `send`, which keeps the dialog open while the request runs and puts a refusal
 * on the field it is about; and `failure`, a refusal about no field, for the form to show.
 */
export function useDialogForm<I extends FieldValues, V>(
  props: UseFormProps<I, unknown, V>,
  dialog: Pick<FormDialogContext, 'onBusy'> & Partial<Pick<FormDialogContext, 'watchUnsaved'>>,
) {
  const form = useForm<I, unknown, V>(props);
  const [failure, setFailure] = useState<string | null>(null);
  useUnsavedCheck(() => formChanged(form), dialog.watchUnsaved);

  function send<A, R>(
    sender: Sender<A, R>,
    input: A,
    errors: ServerErrorTable<FieldPath<I>>,
    onSuccess?: (result: R) => void,
  ) {
    setFailure(null);
    dialog.onBusy(true);
    sender.mutate(input, {
      onSuccess,
      onError: (error) => {
        if (!setServerError(error, errors, form.setError)) setFailure(error.message);
      },
      onSettled: () => dialog.onBusy(false),
    });
  }

  return { form, failure, setFailure, send };
}
