import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { STS_ACTIONS } from '../../../../shared/schemas/sts';
import { METHOD_LABELS } from '../model/assume-form';
import type { AssumeFormInput } from '../model/assume-form';

/** Method: AssumeRole with an API key, or AssumeRoleWithWebIdentity with an OIDC token. */
export function MethodField({ control }: { control: Control<AssumeFormInput> }) {
  const { field } = useController({ control, name: 'method' });
  const labelId = useId();
  return (
    <FormControl component="fieldset" margin="dense" sx={{ display: 'block' }}>
      <FormLabel id={labelId} component="legend">
        Method
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        name={field.name}
        value={field.value}
        onChange={(e) => field.onChange(e.target.value)}
      >
        {STS_ACTIONS.map((action) => (
          <FormControlLabel
            key={action}
            value={action}
            control={<Radio size="small" />}
            label={METHOD_LABELS[action]}
            sx={{ '& .MuiFormControlLabel-label': { overflowWrap: 'anywhere' } }}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
