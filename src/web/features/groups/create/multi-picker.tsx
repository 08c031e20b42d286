import Autocomplete from '@mui/material/Autocomplete';
import { useController, useFormContext } from 'react-hook-form';
import { fieldMessage } from '../../../components/form-text-field';
import { pickerInput, optionsFrom, twoLineOptions } from '../../../components/picker-options';
import type { PickerOption } from '../../../components/picker-options';
import type { NewGroupInput } from './new-group-schema';

interface MultiPickerProps<S> {
  name: 'member_ids' | 'role_ids';
  label: string;
  helperText: string;
  /** The candidates (undefined while they load) and the error reading them: a query fits. */
  from: { data: readonly S[] | undefined; error: Error | null };
  option: (candidate: S) => PickerOption;
}

/** Search and pick any number of users or roles; the form holds their ids. */
export function MultiPicker<S>({ name, label, helperText, from, option }: MultiPickerProps<S>) {
  const { control } = useFormContext<NewGroupInput>();
  const { field, fieldState } = useController({ control, name });
  const error = from.error
    ? `Could not load the ${label.toLowerCase()}: ${from.error.message}`
    : null;
  return (
    <Autocomplete
      multiple
      {...twoLineOptions}
      {...optionsFrom(from.data?.map(option), from.error)}
      value={field.value ?? []}
      onChange={(_e, ids) => field.onChange(ids)}
      onBlur={field.onBlur}
      filterSelectedOptions
      noOptionsText={`No ${label.toLowerCase()} match`}
      renderInput={pickerInput(field, {
        label,
        margin: 'dense',
        error: fieldState.error !== undefined || error !== null,
        helperText: fieldMessage(label, fieldState.error) ?? error ?? helperText,
      })}
    />
  );
}
