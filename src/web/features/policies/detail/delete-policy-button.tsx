import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { Policy } from '../../../../shared/schemas/policy';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeletePolicy } from '../api/use-delete-policy';

export function DeletePolicyButton({ policy }: { policy: Policy }) {
  const [open, setOpen] = useState(false);
  const remove = useDeletePolicy(policy);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<DeleteIcon />}
        onClick={() => setOpen(true)}
      >
        Delete policy
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete policy ${policy.name}?`}
        confirmLabel="Delete policy"
        destructive
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setOpen(false)}
      >
        Users, groups and roles holding it lose the permissions it grants. You can undo this right
        after.
      </ConfirmDialog>
    </>
  );
}
