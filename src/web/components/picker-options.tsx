import { createFilterOptions } from '@mui/material/Autocomplete';
import type { AutocompleteRenderInputParams } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { TextFieldProps } from '@mui/material/TextField';
import type { HTMLAttributes, Key } from 'react';
import type { ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form';
import { TwoLineOption } from './two-line-option';

/** An option of a picker: an entity's id, its name, and a line that tells it apart. */
export interface PickerOption {
  id: string;
  primary: string;
  secondary: string;
}

/**
 * What every Autocomplete over PickerOptions shares: the form holds ids, typing finds an option
 * by its name or its second line (an email, a description), and each shows on two lines.
 */
export const twoLineOptions = {
  getOptionValue: (o: PickerOption) => o.id,
  getOptionLabel: (o: PickerOption) => o.primary,
  filterOptions: createFilterOptions<PickerOption>({
    stringify: (o) => `${o.primary} ${o.secondary}`,
  }),
  loadingText: 'Loading…',
  renderOption: (
    { key, ...itemProps }: HTMLAttributes<HTMLLIElement> & { key: Key },
    o: PickerOption,
  ) => (
    <TwoLineOption key={key} itemProps={itemProps} primary={o.primary} secondary={o.secondary} />
  ),
};

/**
 * A picker's text field, tied to its form field (focus on error, and its name): the
 * Autocomplete's `renderInput`, with the label, error and helper text given.
 */
export function pickerInput<T extends FieldValues, N extends FieldPath<T>>(
  field: ControllerRenderProps<T, N>,
  props: TextFieldProps,
) {
  return function PickerInput(params: AutocompleteRenderInputParams) {
    return <TextField {...params} inputRef={field.ref} name={field.name} {...props} />;
  };
}

/** An Autocomplete's options, and whether it shows Loading: while they have not come, unless failed. */
export function optionsFrom(options: readonly PickerOption[] | undefined, error: unknown) {
  return { options: options ?? [], loading: options === undefined && !error };
}
