import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import { FormTextField } from '../../../components/form-text-field';
import { useRegisterIssuer } from '../api/use-register-issuer';
import { PublicKeyFields } from './public-key-fields';
import { REGISTER_ISSUER_DEFAULTS, registerIssuerFormSchema } from './register-issuer-schema';
import type { RegisterIssuerInput, RegisterIssuerValues } from './register-issuer-schema';
import { modeTabId, RegisterModeTabs } from './register-mode-tabs';
import { setServerError } from './server-errors';
import { useDirtyReport } from '../../../components/form-dialog';

interface RegisterIssuerFormProps {
  titleId: string;
  onCancel: () => void;
  onRegistered: (issuer: OidcIssuer) => void;
  /** Tells the dialog not to close while the request runs. */
  onBusy: (busy: boolean) => void;
  /** Tells the dialog whether the form holds unsaved input. */
  onDirty?: (dirty: boolean) => void;
}

const URI_HELP = {
  discovery:
    'The server reads <URI>/.well-known/openid-configuration, then the keys at its jwks_uri.',
  key: "The issuer's identifier: the iss claim of its tokens.",
};

/** Issuer URI and Display name, and the public key in the "By public key" mode, then Register. */
export function RegisterIssuerForm({
  titleId,
  onCancel,
  onRegistered,
  onBusy,
  onDirty,
}: RegisterIssuerFormProps) {
  const {
    control,
    handleSubmit,
    setError,
    trigger,
    setValue,
    clearErrors,
    formState: { isDirty },
  } = useForm<RegisterIssuerInput, unknown, RegisterIssuerValues>({
    resolver: zodResolver(registerIssuerFormSchema),
    defaultValues: REGISTER_ISSUER_DEFAULTS,
    mode: 'onTouched',
  });
  const mode = useWatch({ control, name: 'mode' });
  const panelId = useId();
  const register = useRegisterIssuer();
  const [failure, setFailure] = useState<string | null>(null);
  useDirtyReport(isDirty, onDirty);

  const submit = handleSubmit(({ body }) => {
    setFailure(null);
    onBusy(true);
    register.mutate(body, {
      onSuccess: onRegistered,
      onError: (error) => {
        if (!setServerError(error, mode, setError)) setFailure(error.message);
      },
      onSettled: () => onBusy(false),
    });
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogTitle id={titleId}>Register issuer</DialogTitle>
      <RegisterModeTabs
        control={control}
        panelId={panelId}
        onSwitch={() => {
          // A message about the other mode's fields (or a failed discovery) no longer applies.
          clearErrors();
          setFailure(null);
        }}
      />
      <DialogContent>
        <Box role="tabpanel" id={panelId} aria-labelledby={modeTabId(panelId, mode)}>
          <DialogContentText sx={{ mt: 1, mb: 1 }}>
            {mode === 'discovery'
              ? 'The console fetches the issuer’s signing keys from its discovery document. Only the embedded emulator registers an issuer by its URL alone: Vultr’s API needs the public key.'
              : 'The issuer is registered with the key you paste; nothing is fetched.'}
          </DialogContentText>
          <FormTextField
            fullWidth
            margin="dense"
            control={control}
            name="uri"
            label="Issuer URI"
            required
            autoFocus
            placeholder="https://token.actions.githubusercontent.com"
            helperText={URI_HELP[mode]}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          />
          <FormTextField
            fullWidth
            margin="dense"
            control={control}
            name="display_name"
            label="Display name"
            helperText="Optional, kept by the embedded emulator only: Vultr's API stores no name, and lists then show the URI."
          />
          {mode === 'key' && (
            <PublicKeyFields control={control} trigger={trigger} setValue={setValue} />
          )}
          {failure && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {failure}
            </Alert>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={register.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" loading={register.isPending}>
          Register
        </Button>
      </DialogActions>
    </form>
  );
}
