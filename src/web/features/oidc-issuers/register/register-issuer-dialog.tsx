import { useNavigate } from 'react-router';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import { FormDialog } from '../../../components/form-dialog';
import { useNotify } from '../../../lib/snackbar';
import { RegisterIssuerForm } from './register-issuer-form';

interface RegisterIssuerDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Register issuer: a dialog that registers the issuer, then opens its page. */
export function RegisterIssuerDialog({ open, onClose }: RegisterIssuerDialogProps) {
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    // While the server fetches the keys the dialog stays: closing would hide how it ends.
    <FormDialog open={open} onClose={onClose}>
      {({ titleId, onBusy, onDirty }) => (
        <RegisterIssuerForm
          titleId={titleId}
          onCancel={onClose}
          onBusy={onBusy}
          onDirty={onDirty}
          onRegistered={(issuer) => {
            onClose();
            notify({ message: `Issuer ${issuerLabel(issuer)} registered` });
            void navigate(`/oidc-issuers/${encodeURIComponent(issuer.id)}`);
          }}
        />
      )}
    </FormDialog>
  );
}
