import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { Group } from '../../../../shared/schemas/group';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useDeleteGroup } from '../api/use-delete-group';
import { counted } from '../create/plain-words';

export function DeleteGroupButton({ group }: { group: Group }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteGroup(group);
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<DeleteIcon />}
        onClick={() => setOpen(true)}
      >
        Delete group
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete group ${group.display_name}?`}
        confirmLabel="Delete group"
        destructive
        busy={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      >
        Its {counted(group.members.length, 'member')} lose the roles and policies they hold through
        it, and trusts naming the group stop working. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
