import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useController, useFormContext } from 'react-hook-form';
import { fieldMessage } from '../../../components/form-text-field';
import type { NewGroupInput } from './new-group-schema';
import { TwoLineOption } from '../../../components/two-line-option';

export interface PickerOption {
  id: string;
  primary: string;
  secondary: string;
}

interface MultiPickerProps {
  name: 'member_ids' | 'role_ids';
  label: string;
  helperText: string;
  /** undefined while they load. */
  options: PickerOption[] | undefined;
  loadError: Error | null;
}

// Typing finds an option by its name or by its second line (an email, a description).
const filterOptions = createFilterOptions<PickerOption>({
  stringify: (o) => `${o.primary} ${o.secondary}`,
});

/** Search and pick any number of users or roles; the form holds their ids. */
export function MultiPicker({ name, label, helperText, options, loadError }: MultiPickerProps) {
  const { control } = useFormContext<NewGroupInput>();
  const { field, fieldState } = useController({ control, name });
  const error = loadError
    ? `Could not load the ${label.toLowerCase()}: ${loadError.message}`
    : null;
  return (
    <Autocomplete
      multiple
      options={options ?? []}
      loading={options === undefined && !loadError}
      value={field.value ?? []}
      onChange={(_e, ids) => field.onChange(ids)}
      onBlur={field.onBlur}
      getOptionValue={(o) => o.id}
      getOptionLabel={(o) => o.primary}
      filterOptions={filterOptions}
      filterSelectedOptions
      noOptionsText={`No ${label.toLowerCase()} match`}
      loadingText="Loading…"
      renderOption={({ key, ...props }, o) => (
        <TwoLineOption key={key} itemProps={props} primary={o.primary} secondary={o.secondary} />
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={field.ref}
          name={field.name}
          label={label}
          margin="dense"
          error={fieldState.error !== undefined || error !== null}
          helperText={fieldMessage(label, fieldState.error) ?? error ?? helperText}
        />
      )}
    />
  );
}
