import MenuItem from '@mui/material/MenuItem';
import type { FieldValues } from 'react-hook-form';
import { FormTextField } from './form-text-field';

type FormSelectFieldProps<T extends FieldValues, V extends string | number> = Omit<
  Parameters<typeof FormTextField<T>>[0],
  'select' | 'children'
> & {
  /** The values to choose from, in order. */
  options: readonly V[];
  /** How a value reads in the menu. */
  labelOf: (value: V) => string;
};

/** A form field whose value is picked from a menu (hours, durations). */
export function FormSelectField<T extends FieldValues, V extends string | number>(
  props: FormSelectFieldProps<T, V>,
) {
  const { options, labelOf, ...field } = props;
  return (
    <FormTextField {...field} select>
      {options.map((value) => (
        <MenuItem key={value} value={value}>
          {labelOf(value)}
        </MenuItem>
      ))}
    </FormTextField>
  );
}
