import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { User } from '../../../../shared/schemas/user';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteUser } from '../api/use-delete-user';

export function DeleteUserButton({ user }: { user: User }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteUser(user);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<DeleteIcon />}
        onClick={() => setOpen(true)}
      >
        Delete user
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete user ${user.name}?`}
        confirmLabel="Delete user"
        destructive
        busy={remove.isPending}
        // The notice says how it went; a refusal is read from it, not from a dialog left open.
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      >
        {user.name} ({user.email}) loses access at once: the API key stops working, and the user
        leaves every group and loses its roles and trusts. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
