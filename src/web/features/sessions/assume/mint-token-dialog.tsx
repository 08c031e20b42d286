import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { DEV_TOKEN_TTL, devTokenRequestSchema } from '../../../../shared/schemas/console-api';
import type { DevTokenRequest } from '../../../../shared/schemas/console-api';
import type { z } from 'zod';
import { FormTextField } from '../../../components/form-text-field';
import { ApiError } from '../../../lib/api-client';
import { useMintToken } from '../api/use-mint-token';

interface MintTokenDialogProps {
  open: boolean;
  defaultSubject: string;
  onClose: () => void;
  onMinted: (token: string, expiresAt: string) => void;
}

/** Mint test token: a JWT from the development issuer, with the subject, audience and lifetime asked. */
export function MintTokenDialog({ open, defaultSubject, onClose, onMinted }: MintTokenDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      {/* Mounted only while open: each opening starts from the defaults. */}
      {open && (
        <MintTokenForm
          titleId={titleId}
          defaultSubject={defaultSubject}
          onCancel={onClose}
          onMinted={onMinted}
        />
      )}
    </Dialog>
  );
}

type DevTokenValues = z.output<typeof devTokenRequestSchema>;

interface MintTokenFormProps {
  titleId: string;
  defaultSubject: string;
  onCancel: () => void;
  onMinted: (token: string, expiresAt: string) => void;
}

function MintTokenForm({ titleId, defaultSubject, onCancel, onMinted }: MintTokenFormProps) {
  const { control, handleSubmit } = useForm<DevTokenRequest, unknown, DevTokenValues>({
    resolver: zodResolver(devTokenRequestSchema),
    defaultValues: { sub: defaultSubject, aud: 'vultr', ttl_seconds: DEV_TOKEN_TTL.default },
    mode: 'onTouched',
  });
  const mint = useMintToken();
  const submit = handleSubmit((values) =>
    mint.mutate(values, { onSuccess: (r) => onMinted(r.token, r.expires_at) }),
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id={titleId}>Mint test token</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          The console’s development issuer signs a JWT for a trust that names it (the demo
          organization registers it as “Development issuer”).
        </DialogContentText>
        <FormTextField
          control={control}
          name="sub"
          label="Subject"
          required
          autoFocus
          fullWidth
          margin="dense"
        />
        <FormTextField
          control={control}
          name="aud"
          label="Audience"
          fullWidth
          margin="dense"
          helperText="STS accepts vultr, vultr-iam or sts.amazonaws.com"
        />
        <FormTextField
          control={control}
          name="ttl_seconds"
          label="Lifetime (seconds)"
          numeric
          fullWidth
          margin="dense"
          helperText="A negative lifetime mints an already expired token"
        />
        {mint.error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {mint.error instanceof ApiError && mint.error.status === 404
              ? 'Minting test tokens is not available on this upstream: paste a token from your issuer instead.'
              : `Could not mint a token: ${mint.error.message}`}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained" loading={mint.isPending}>
          Mint
        </Button>
      </DialogActions>
    </form>
  );
}
