import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTrustDraft } from '../components/trust-draft';
import { fittingTrustType } from '../model/trust-types';
import type { EntityKind, TrustFormInput } from '../model/wizard-schema';
import { ENTITY_KIND_LABELS, ENTITY_KINDS } from '../model/wizard-schema';
import { EntityPicker } from './entity-picker';
import { TrustTypeField } from './trust-type-field';
import { ValidUntilField } from './valid-until-field';

/** Step 2, Trusted Entity: who may assume the role, the trust type, and until when. */
export function EntityStep() {
  const { control, getValues, setValue, clearErrors } = useFormContext<TrustFormInput>();
  const { field } = useController({ control, name: 'trust.kind' });
  const draft = useTrustDraft();
  const id = useId();

  const switchKind = (next: EntityKind) => {
    const { kind, entity_id, trust_type } = getValues('trust');
    if (next === kind) return;
    // What this kind held comes back if the person returns to it.
    draft.remember(kind, { entity_id, trust_type });
    const back = draft.remembered(next);
    field.onChange(next);
    // An id of another kind means nothing here: the one chosen before for this kind, or none.
    setValue('trust.entity_id', back?.entity_id ?? '', {
      shouldDirty: true,
      shouldValidate: Boolean(back?.entity_id),
    });
    if (!back?.entity_id) clearErrors('trust.entity_id');
    // Only the types this kind can use: the one chosen before for it, else one that fits.
    setValue('trust.trust_type', fittingTrustType(next, back?.trust_type ?? trust_type), {
      shouldDirty: true,
    });
  };

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
            onChange={(_e, value) => switchKind(value as EntityKind)}
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
