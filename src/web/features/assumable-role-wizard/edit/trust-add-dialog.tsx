import type { Role } from '../../../../shared/schemas/role';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { TrustAddForm } from './trust-add-form';
import { TrustDialogFrame } from './trust-dialog-frame';

interface TrustAddDialogProps {
  /** The role to add a trust to; null while the dialog is closed. */
  role: Pick<Role, 'id' | 'name'> | null;
  onClose: () => void;
  /**
   * The new trust as the API stored it (read back), or null when it could not be read back; the
   * caller refreshes its lists.
   */
  onAdded: (trust: RoleTrust | null) => void;
  /** The new trust did not come out as meant and was deleted again. */
  onDeleted: () => void;
}

/**
 * Role Trust → Add trust: the wizard's trust steps in a dialog, one trust per save, created with
 * POST and read back. Escape with unsaved input asks first; a read-back warning must be answered.
 */
export function TrustAddDialog({ role, onClose, onAdded, onDeleted }: TrustAddDialogProps) {
  return (
    <TrustDialogFrame subject={role} onClose={onClose}>
      {(shown, { titleId, ...wiring }) => (
        <TrustAddForm
          role={shown}
          titleId={titleId}
          events={{
            ...wiring,
            onSaved: (trust) => {
              onAdded(trust);
              onClose();
            },
            onDeleted: () => {
              onDeleted();
              onClose();
            },
          }}
        />
      )}
    </TrustDialogFrame>
  );
}
