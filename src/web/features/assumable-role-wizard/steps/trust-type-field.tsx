import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { TRUST_TYPE_MEANINGS, TRUST_TYPES } from '../../../../shared/schemas/role-trust';
import type { TrustFormInput } from '../model/wizard-schema';

/** Trust type: the three kinds, each with its one-line meaning (read as the radio's description). */
export function TrustTypeField() {
  const { control } = useFormContext<TrustFormInput>();
  const { field } = useController({ control, name: 'trust.trust_type' });
  const id = useId();
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
        {TRUST_TYPES.map((type, i) => (
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
              {TRUST_TYPE_MEANINGS[type]}
            </Typography>
          </Box>
        ))}
      </RadioGroup>
    </FormControl>
  );
}
