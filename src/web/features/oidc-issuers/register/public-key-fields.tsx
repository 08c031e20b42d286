import { useEffect, useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import type { Control, UseFormSetValue, UseFormTrigger } from 'react-hook-form';
import { DialogField } from '../../../components/dialog-field';
import { chosenKey, describeReading, readKeyText } from './read-key-text';
import { RSA_ALGORITHMS } from './register-issuer-schema';
import type { RegisterIssuerInput } from './register-issuer-schema';

interface PublicKeyFieldsProps {
  control: Control<RegisterIssuerInput>;
  trigger: UseFormTrigger<RegisterIssuerInput>;
  setValue: UseFormSetValue<RegisterIssuerInput>;
}

const RSA_OPTIONS = RSA_ALGORITHMS.map((a) => ({ value: a, label: a }));

const KEY_HELP =
  "Paste the issuer's public key as a JWK, or its whole JWKS (the JSON at its jwks_uri).";

/**
 * "By public key": the pasted JWK or JWKS, checked as it is typed (a JSON error names its line
 * and column); a Key ID choice when a JWKS holds several signing keys; an Algorithm choice when
 * an RSA key names none.
 */
export function PublicKeyFields({ control, trigger, setValue }: PublicKeyFieldsProps) {
  const [keyText, kid, alg] = useWatch({ control, name: ['key_text', 'kid', 'alg'] });
  const reading = useMemo(() => readKeyText(keyText), [keyText]);
  const choices = reading.ok ? reading.choices : [];
  const chosen = chosenKey(choices, kid);

  // Checked on every change once something was typed, not only on blur: a paste is one change.
  const typed = useRef(false);
  useEffect(() => {
    if (keyText !== '') typed.current = true;
    if (typed.current) void trigger('key_text');
  }, [keyText, kid, alg, trigger]);

  // The select shows the key that will be sent: the first signing key until the user picks.
  useEffect(() => {
    if (chosen && chosen.value !== kid) setValue('kid', chosen.value);
  }, [chosen, kid, setValue]);

  return (
    <>
      <DialogField
        control={control}
        name="key_text"
        label="JWK or JWKS (JSON)"
        required
        multiline
        minRows={6}
        maxRows={8}
        helperText={reading.ok ? describeReading(reading) : KEY_HELP}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
        sx={{ '& textarea': { fontFamily: 'monospace', fontSize: '0.8rem' } }}
      />
      {choices.length > 1 && chosen && (
        <DialogField
          control={control}
          name="kid"
          label="Key ID"
          helperText="The signing key to register for this issuer."
          options={choices}
        />
      )}
      {chosen?.jwk.kty === 'RSA' && chosen.jwk.alg === undefined && (
        <DialogField
          control={control}
          name="alg"
          label="Algorithm"
          helperText="The key names no alg: tokens must be signed with this one."
          options={RSA_OPTIONS}
        />
      )}
    </>
  );
}
