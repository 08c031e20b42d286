import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { EntityKind, TrustFormInput } from '../model/wizard-schema';
import { ENTITY_KIND_LABELS, ENTITY_KINDS } from '../model/wizard-schema';
import { EntityPicker } from './entity-picker';
import { TrustTypeField } from './trust-type-field';
import { ValidUntilField } from './valid-until-field';

/** Step 2, Trusted Entity: who may assume the role, the trust type, and until when. */
export function EntityStep() {
  const { control, setValue } = useFormContext<TrustFormInput>();
  const { field } = useController({ control, name: 'trust.kind' });
  const id = useId();
  return (
    <Stack spacing={3} sx={{ maxWidth: 720 }}>
      <Stack spacing={1.5}>
        <FormControl component="fieldset">
          <FormLabel component="legend" id={id}>
            Entity type
          </FormLabel>
          <RadioGroup
            row
            aria-labelledby={id}
            name={field.name}
            value={field.value}
            onChange={(_e, value) => {
              field.onChange(value as EntityKind);
              // An id of another kind means nothing here: pick again.
              setValue('trust.entity_id', '', { shouldDirty: true });
            }}
            onBlur={field.onBlur}
          >
            {ENTITY_KINDS.map((kind, i) => (
              <FormControlLabel
                key={kind}
                value={kind}
                label={ENTITY_KIND_LABELS[kind]}
                control={<Radio slotProps={{ input: { ref: i === 0 ? field.ref : undefined } }} />}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <EntityPicker />
      </Stack>
      <TrustTypeField />
      <ValidUntilField />
    </Stack>
  );
}
