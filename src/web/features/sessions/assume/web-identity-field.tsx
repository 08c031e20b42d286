import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { Control, UseFormSetValue } from 'react-hook-form';
import { FormTextField } from '../../../components/form-text-field';
import { absoluteTime } from '../../../lib/dates';
import type { AssumeFormInput } from '../model/assume-form';
import { MintTokenDialog } from './mint-token-dialog';

interface WebIdentityFieldProps {
  control: Control<AssumeFormInput>;
  setValue: UseFormSetValue<AssumeFormInput>;
  /** Embedded mode: offer Mint test token (the development issuer). */
  canMint: boolean;
  defaultSubject: string;
}

/** Web identity token: pasted, or minted by the development issuer; hidden unless shown. */
export function WebIdentityField({
  control,
  setValue,
  canMint,
  defaultSubject,
}: WebIdentityFieldProps) {
  const [shown, setShown] = useState(false);
  const [minting, setMinting] = useState(false);
  const [minted, setMinted] = useState<string | null>(null);
  const mintButton = useRef<HTMLButtonElement>(null);
  return (
    <Box>
      <FormTextField
        control={control}
        name="web_identity_token"
        label="Web identity token"
        type={shown ? 'text' : 'password'}
        required
        fullWidth
        margin="dense"
        helperText={
          minted
            ? `A development-issuer token, expiring ${absoluteTime(minted)}`
            : 'An OIDC JWT from an issuer a trust of the role names'
        }
        slotProps={{
          htmlInput: { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off' },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  size="small"
                  edge="end"
                  aria-label={shown ? 'Hide token' : 'Show token'}
                  aria-pressed={shown}
                  onClick={() => setShown((s) => !s)}
                >
                  {shown ? (
                    <VisibilityOffIcon fontSize="small" />
                  ) : (
                    <VisibilityIcon fontSize="small" />
                  )}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      {canMint && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Button ref={mintButton} size="small" variant="outlined" onClick={() => setMinting(true)}>
            Mint test token
          </Button>
          <Typography variant="caption" color="text.secondary">
            From the console’s development issuer
          </Typography>
        </Box>
      )}
      <MintTokenDialog
        open={minting}
        defaultSubject={defaultSubject}
        onClose={() => {
          setMinting(false);
          mintButton.current?.focus();
        }}
        onMinted={(token, expiresAt) => {
          setValue('web_identity_token', token, { shouldValidate: true, shouldDirty: true });
          setMinted(expiresAt);
          setMinting(false);
          mintButton.current?.focus();
        }}
      />
    </Box>
  );
}
