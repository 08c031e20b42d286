import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { useNotify } from '../../../lib/snackbar';
import { namesNeeded, trustedEntity } from '../../../lib/trust-names';
import { wizardQueries } from '../api/wizard-queries';
import { TrustDialogFrame } from './trust-dialog-frame';
import { TrustEditForm } from './trust-edit-form';
import { useDialogSubject } from './use-dialog-subject';

interface TrustEditDialogProps {
  /** The trust to edit; null while the dialog is closed. */
  trust: RoleTrust | null;
  onClose: () => void;
  /** The trust as the API stored it (read back); the caller refreshes its lists. */
  onSaved: (trust: RoleTrust) => void;
  /** The trust was deleted from the read-back warning; without it, every list is read again. */
  onDeleted?: (trust: RoleTrust) => void;
}

/**
 * The name of a trust's entity: the name the trust carries, else the one the organization's
 * lists give (an issuer's always, as only the emulator names issuers in a trust).
 */
export function useTrustEntityName(trust: RoleTrust | null): string {
  const needed = namesNeeded(trust ? [trust] : []);
  const users = useQuery({ ...wizardQueries.users(), enabled: needed.users });
  const groups = useQuery({ ...wizardQueries.groups(), enabled: needed.groups });
  const issuers = useQuery({ ...wizardQueries.issuers(), enabled: needed.issuers });
  if (!trust) return '';
  return trustedEntity(trust, { users: users.data, groups: groups.data, issuers: issuers.data })
    .name;
}

/**
 * Role Trust → Edit: the wizard's trust steps in a dialog, saved with PUT and read back. A
 * read-back warning keeps the dialog open until it is answered; Escape with unsaved changes asks
 * first.
 */
export function TrustEditDialog({ trust, onClose, onSaved, onDeleted }: TrustEditDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const queryClient = useQueryClient();
  const notify = useNotify();
  // The form stays during the closing animation, showing the trust it had; each opening
  // starts a fresh form from the trust as it is then.
  const { shown, opening } = useDialogSubject(trust);
  const entityName = useTrustEntityName(shown);
  return (
    <TrustDialogFrame
      open={trust !== null}
      titleId={titleId}
      busy={busy}
      dirty={dirty}
      onClose={onClose}
    >
      {shown && (
        <TrustEditForm
          key={`${shown.id}-${opening}`}
          trust={shown}
          titleId={titleId}
          entityName={entityName}
          onCancel={onClose}
          onBusy={setBusy}
          onDirty={setDirty}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onDeleted={() => {
            if (onDeleted) onDeleted(shown);
            else {
              notify({ message: 'Trust deleted' });
              void queryClient.invalidateQueries();
            }
            onClose();
          }}
        />
      )}
    </TrustDialogFrame>
  );
}
