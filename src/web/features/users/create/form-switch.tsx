import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';

interface FormSwitchProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  /** What turning it on means, read as the switch's description. */
  description: string;
}

/** A boolean form field as a labelled MUI Switch, bound like FormTextField. */
export function FormSwitch<T extends FieldValues>(props: FormSwitchProps<T>) {
  const { field } = useController({ control: props.control, name: props.name });
  const descriptionId = useId();
  return (
    <div>
      <FormControlLabel
        label={props.label}
        control={
          <Switch
            name={field.name}
            checked={field.value === true}
            onChange={(e) => field.onChange(e.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': descriptionId } }}
          />
        }
      />
      <FormHelperText id={descriptionId} sx={{ mt: -0.5, ml: 0 }}>
        {props.description}
      </FormHelperText>
    </div>
  );
}
