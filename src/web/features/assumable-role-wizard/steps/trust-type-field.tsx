import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { TRUST_TYPE_MEANINGS } from '../../../../shared/schemas/role-trust';
import type { TrustType } from '../../../../shared/schemas/role-trust';
import { trustTypesFor } from '../model/trust-types';
import type { TrustFormInput } from '../model/wizard-schema';
import { ENTITY_KIND_LABELS } from '../model/wizard-schema';

/**
 * Trust type: the kinds the chosen entity can use, each with its one-line meaning (read as the
 * radio's description). A stored trust whose type does not fit its entity still shows that type,
 * marked, until another is chosen.
 */
export function TrustTypeField() {
  const { control } = useFormContext<TrustFormInput>();
  const { field } = useController({ control, name: 'trust.trust_type' });
  const kind = useWatch({ control, name: 'trust.kind' });
  const id = useId();
  const fitting = trustTypesFor(kind);
  const shown: readonly TrustType[] = fitting.includes(field.value)
    ? fitting
    : [...fitting, field.value];
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" id={`${id}-label`}>
        Trust type
      </FormLabel>
      <RadioGroup
        aria-labelledby={`${id}-label`}
        name={field.name}
        value={field.value}
        onChange={(_e, value) => field.onChange(value)}
        onBlur={field.onBlur}
      >
        {shown.map((type, i) => (
          <Box key={type} sx={{ mb: 0.5 }}>
            <FormControlLabel
              value={type}
              label={type}
              control={
                <Radio
                  slotProps={{
                    input: {
                      ref: i === 0 ? field.ref : undefined,
                      'aria-describedby': `${id}-${type}`,
                    },
                  }}
                />
              }
            />
            <Typography
              id={`${id}-${type}`}
              variant="body2"
              color="text.secondary"
              sx={{ pl: 4, mt: -0.75 }}
            >
              {fitting.includes(type)
                ? TRUST_TYPE_MEANINGS[type]
                : `Does not fit an entity of type ${ENTITY_KIND_LABELS[kind]}: choose ${fitting.join(' or ')}.`}
            </Typography>
          </Box>
        ))}
      </RadioGroup>
    </FormControl>
  );
}
