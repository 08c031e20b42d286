import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { Role } from '../../../../../shared/schemas/role';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { useDeleteRole } from '../api/use-delete-role';

export function DeleteRoleButton({ role }: { role: Role }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteRole(role);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<DeleteIcon />}
        onClick={() => setOpen(true)}
      >
        Delete role
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete role ${role.name}?`}
        confirmLabel="Delete role"
        destructive
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setOpen(false)}
      >
        {role.role_type === 'assumable'
          ? 'Its trusts stop working and its active sessions end. You can undo this right after.'
          : 'Users and groups holding it lose its permissions. You can undo this right after.'}
      </ConfirmDialog>
    </>
  );
}
