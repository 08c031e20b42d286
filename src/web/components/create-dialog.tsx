import type { ComponentType } from 'react';
import { useNavigate } from 'react-router';
import { useNotify } from '../lib/snackbar';
import { FormDialog } from './form-dialog';
import type { FormDialogContext } from './form-dialog';

/** What a create dialog's form gets: the dialog's context, Cancel, and where the new item goes. */
export interface CreateFormProps<T> extends FormDialogContext {
  onCancel: () => void;
  onCreated: (created: T) => void;
}

interface CreateDialogProps<T> {
  open: boolean;
  onClose: () => void;
  form: ComponentType<CreateFormProps<T>>;
  /** What to say once the item is made, and its page, which the dialog then opens. */
  done: (created: T) => { message: string; to: string };
}

/**
 * A dialog that makes one item with its form, then closes, says so and opens the item's page.
 * While the request runs it stays open: closing would hide how it ends.
 */
export function CreateDialog<T>({ open, onClose, form: Form, done }: CreateDialogProps<T>) {
  const navigate = useNavigate();
  const notify = useNotify();
  const onCreated = (created: T) => {
    const { message, to } = done(created);
    onClose();
    notify({ message });
    void navigate(to);
  };
  return (
    <FormDialog open={open} onClose={onClose}>
      {(context) => <Form {...context} onCancel={onClose} onCreated={onCreated} />}
    </FormDialog>
  );
}
