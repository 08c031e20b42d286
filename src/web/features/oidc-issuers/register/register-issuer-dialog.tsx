import Dialog from '@mui/material/Dialog';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotify } from '../../../lib/snackbar';
import { RegisterIssuerForm } from './register-issuer-form';

interface RegisterIssuerDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Register issuer: a dialog that registers the issuer, then opens its page. */
export function RegisterIssuerDialog({ open, onClose }: RegisterIssuerDialogProps) {
  const titleId = useId();
  const navigate = useNavigate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      // While the server fetches the keys the dialog stays: closing would hide how it ends.
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
    >
      {/* The dialog unmounts its content when closed, so each opening starts from an empty form. */}
      <RegisterIssuerForm
        titleId={titleId}
        onCancel={onClose}
        onBusy={setBusy}
        onRegistered={(issuer) => {
          onClose();
          notify({ message: `Issuer ${issuer.display_name || issuer.uri} registered` });
          void navigate(`/oidc-issuers/${encodeURIComponent(issuer.id)}`);
        }}
      />
    </Dialog>
  );
}
