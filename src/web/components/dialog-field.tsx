import MenuItem from '@mui/material/MenuItem';
import type { ComponentProps } from 'react';
import type { FieldValues } from 'react-hook-form';
import { FormTextField } from './form-text-field';

/** A choice of a select field. */
export interface FieldOption {
  value: string | number;
  label: string;
}

type DialogFieldProps<T extends FieldValues> = ComponentProps<typeof FormTextField<T>> & {
  /** Makes the field a select of these choices. */
  options?: readonly FieldOption[];
};

/** A field of a dialog's form: full width, and closer to its neighbours than a page's fields. */
export function DialogField<T extends FieldValues>({ options, ...props }: DialogFieldProps<T>) {
  if (!options) return <FormTextField fullWidth margin="dense" {...props} />;
  return (
    <FormTextField fullWidth margin="dense" {...props} select>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </FormTextField>
  );
}
