import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { OidcIssuer } from '../../../../shared/schemas/oidc-issuer';
import type { CreateFormProps } from '../../../components/create-dialog';
import { DialogField } from '../../../components/dialog-field';
import { FormFailure } from '../../../components/form-failure';
import { useDialogForm } from '../../../lib/use-dialog-form';
import { useRegisterIssuer } from '../api/use-register-issuer';
import { PublicKeyFields } from './public-key-fields';
import { REGISTER_ISSUER_DEFAULTS, registerIssuerFormSchema } from './register-issuer-schema';
import type { RegisterIssuerInput, RegisterIssuerValues } from './register-issuer-schema';
import { modeTabId, RegisterModeTabs } from './register-mode-tabs';
import { issuerErrorTable } from './server-errors';
import { FormDialogActions } from '../../../components/form-dialog';

const URI = {
  name: 'uri',
  label: 'Issuer URI',
  required: true,
  placeholder: 'https://token.actions.githubusercontent.com',
  slotProps: { htmlInput: { spellCheck: false, autoComplete: 'off' } },
} as const;

const URI_HELP = {
  discovery:
    'The server reads <URI>/.well-known/openid-configuration, then the keys at its jwks_uri.',
  key: "The issuer's identifier: the iss claim of its tokens.",
};

/** Issuer URI and Display name, and the public key in the "By public key" mode, then Register. */
export function RegisterIssuerForm(props: CreateFormProps<OidcIssuer>) {
  const { titleId, onCancel, onCreated, ...dialog } = props;
  const { form, failure, setFailure, send } = useDialogForm<
    RegisterIssuerInput,
    RegisterIssuerValues
  >(
    {
      resolver: zodResolver(registerIssuerFormSchema),
      defaultValues: REGISTER_ISSUER_DEFAULTS,
      mode: 'onTouched',
    },
    dialog,
  );
  const { control, trigger, setValue, clearErrors } = form;
  const mode = useWatch({ control, name: 'mode' });
  const panelId = useId();
  const register = useRegisterIssuer();
  const submit = form.handleSubmit(({ body }) =>
    send(register, body, issuerErrorTable(mode), onCreated),
  );

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
          <DialogField control={control} {...URI} autoFocus helperText={URI_HELP[mode]} />
          <DialogField
            control={control}
            name="display_name"
            label="Display name"
            helperText="Optional, kept by the embedded emulator only: Vultr's API stores no name, and lists then show the URI."
          />
          {mode === 'key' && (
            <PublicKeyFields control={control} trigger={trigger} setValue={setValue} />
          )}
          <FormFailure failure={failure} />
        </Box>
      </DialogContent>
      <FormDialogActions onCancel={onCancel} busy={register.isPending} submitLabel="Register" />
    </form>
  );
}
