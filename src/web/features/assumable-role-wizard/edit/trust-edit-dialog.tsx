import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { useNotify } from '../../../lib/snackbar';
import { TrustDialogFrame } from './trust-dialog-frame';
import { TrustEditForm } from './trust-edit-form';

interface TrustEditDialogProps {
  /** The trust to edit; null while the dialog is closed. */
  trust: RoleTrust | null;
  onClose: () => void;
  /** The trust as the API stored it (read back); the caller refreshes its lists. */
  onSaved: (trust: RoleTrust) => void;
  /** The trust was deleted from the read-back warning; without it, a notice says so. */
  onDeleted?: (trust: RoleTrust) => void;
}

/**
 * Role Trust → Edit: the wizard's trust steps in a dialog, saved with PUT and read back. A
 * read-back warning keeps the dialog open until it is answered; Escape with unsaved changes asks
 * first.
 */
export function TrustEditDialog({ trust, onClose, onSaved, onDeleted }: TrustEditDialogProps) {
  const notify = useNotify();
  return (
    <TrustDialogFrame subject={trust} onClose={onClose}>
      {(shown, wiring) => (
        <TrustEditForm
          trust={shown}
          {...wiring}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onDeleted={() => {
            // The delete itself marks the trusts and sessions stale.
            if (onDeleted) onDeleted(shown);
            else notify({ message: 'Trust deleted' });
            onClose();
          }}
        />
      )}
    </TrustDialogFrame>
  );
}
