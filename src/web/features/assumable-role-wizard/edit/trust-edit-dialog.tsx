import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { useNotify } from '../../../lib/snackbar';
import { namesNeeded, trustedEntity } from '../../../lib/trust-names';
import { wizardQueries } from '../api/wizard-queries';
import { TrustEditForm } from './trust-edit-form';

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
 * read-back warning keeps the dialog open until it is answered.
 */
export function TrustEditDialog({ trust, onClose, onSaved, onDeleted }: TrustEditDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const queryClient = useQueryClient();
  const notify = useNotify();
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
  const entityName = useTrustEntityName(shown);
  return (
    <Dialog
      open={trust !== null}
      // Half-way through saving, or with a warning to answer, the dialog stays.
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
          entityName={entityName}
          onCancel={onClose}
          onBusy={setBusy}
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
    </Dialog>
  );
}
