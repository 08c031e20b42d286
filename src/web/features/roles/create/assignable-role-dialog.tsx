import { useNavigate } from 'react-router';
import { FormDialog } from '../../../components/form-dialog';
import { useNotify } from '../../../lib/snackbar';
import { AssignableRoleForm } from './assignable-role-form';

interface AssignableRoleDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The + menu's Assignable Role: a dialog that creates the role, then opens its page. */
export function AssignableRoleDialog({ open, onClose }: AssignableRoleDialogProps) {
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <FormDialog open={open} onClose={onClose}>
      {({ titleId, onBusy, onDirty }) => (
        <AssignableRoleForm
          titleId={titleId}
          onDirty={onDirty}
          onCancel={onClose}
          onBusy={onBusy}
          onCreated={(role) => {
            onClose();
            notify({ message: `Role ${role.name} created` });
            void navigate(`/roles/${role.id}`);
          }}
        />
      )}
    </FormDialog>
  );
}
