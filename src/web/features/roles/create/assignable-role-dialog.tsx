import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotify } from '../../../lib/snackbar';
import { AssignableRoleForm } from './assignable-role-form';

interface AssignableRoleDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The + menu's Assignable Role: a dialog that creates the role, then opens its page. */
export function AssignableRoleDialog({ open, onClose }: AssignableRoleDialogProps) {
  const titleId = useId();
  const navigate = useNavigate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      // Half-way through its requests the dialog stays: closing would hide how they end.
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
    >
      {/* The dialog unmounts its content when closed, so each opening starts from an empty form. */}
      <AssignableRoleForm
        titleId={titleId}
        onCancel={onClose}
        onBusy={setBusy}
        onCreated={(role) => {
          onClose();
          notify({ message: `Role ${role.name} created` });
          void navigate(`/roles/${role.id}`);
        }}
      />
    </Dialog>
  );
}
