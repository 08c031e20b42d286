import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useState } from 'react';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { TrustEditForm } from './trust-edit-form';

interface TrustEditDialogProps {
  /** The trust to edit; null while the dialog is closed. */
  trust: RoleTrust | null;
  onClose: () => void;
  /** The trust as the API stored it; the caller refreshes its lists. */
  onSaved: (trust: RoleTrust) => void;
}

/** Role Trust → Edit: the wizard's trust steps in a dialog, saved with PUT /v2/role-trusts/{id}. */
export function TrustEditDialog({ trust, onClose, onSaved }: TrustEditDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  // The form stays during the closing animation, showing the trust it had; each opening
  // starts a fresh form from the trust as it is then.
  const [shown, setShown] = useState(trust);
  const [openings, setOpenings] = useState(trust ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(trust !== null);
  if ((trust !== null) !== wasOpen) {
    setWasOpen(trust !== null);
    if (trust) {
      setShown(trust);
      setOpenings((n) => n + 1);
    }
  }
  return (
    <Dialog
      open={trust !== null}
      // Half-way through saving the dialog stays: closing would hide how it ends.
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="lg"
      fullWidth
      fullScreen={fullScreen}
    >
      {shown && (
        <TrustEditForm
          key={`${shown.id}-${openings}`}
          trust={shown}
          titleId={titleId}
          entityName={
            shown.user_display ||
            shown.group_display ||
            shown.issuer_display ||
            'the trusted entity'
          }
          onCancel={onClose}
          onBusy={setBusy}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
