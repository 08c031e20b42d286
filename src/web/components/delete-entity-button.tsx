import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/** What the button needs of a delete mutation (a TanStack `useMutation` result fits). */
export interface DeleteMutation {
  mutate: (variables: undefined, options?: { onSettled?: () => void }) => void;
  isPending: boolean;
  /** Forgets the last attempt's outcome, so a page showing its error clears it on a new try. */
  reset: () => void;
}

interface DeleteEntityButtonProps {
  /** The kind of entity in lower case: "user" gives "Delete user" and "Delete user Ann?". */
  noun: string;
  /** The entity's name, as the question names it. */
  name: string;
  /** What deleting it does, the body of the question. */
  children: ReactNode;
  remove: DeleteMutation;
  /**
   * Leave the question open when the request fails, so Delete can be tried again from it. By
   * default it closes once the request has settled and the notice says how it went.
   */
  keepOpenOnError?: boolean;
  /** Why Delete is disabled, as the id of the words saying so; enabled when undefined. */
  blockedBy?: string;
  /** Where focus goes when the question closes after Delete and the button is gone or disabled. */
  focusAfterConfirm?: RefObject<HTMLElement | null>;
}

/** "Delete <noun>", asked first in a destructive confirm dialog. */
export function DeleteEntityButton(props: DeleteEntityButtonProps) {
  const { noun, name, remove, blockedBy } = props;
  const [open, setOpen] = useState(false);
  const label = `Delete ${noun}`;
  const close = () => setOpen(false);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<DeleteIcon />}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
        disabled={blockedBy !== undefined}
        aria-describedby={blockedBy}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={`${label} ${name}?`}
        confirmLabel={label}
        destructive
        busy={remove.isPending}
        focusAfterConfirm={props.focusAfterConfirm}
        onConfirm={() =>
          props.keepOpenOnError
            ? // Success leaves the page; a failure leaves the question up to try again.
              remove.mutate(undefined)
            : remove.mutate(undefined, { onSettled: close })
        }
        onClose={close}
      >
        {props.children}
      </ConfirmDialog>
    </>
  );
}
