import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useController, useFormContext } from 'react-hook-form';
import type { Policy } from '../../../../shared/schemas/policy';
import { fieldMessage } from '../../../components/form-text-field';
import { wizardQueries } from '../api/wizard-queries';
import type { WizardInput } from '../model/wizard-schema';
import { TwoLineOption } from '../../../components/two-line-option';

const LABEL = 'Permission Policies';

export const statements = (p: Policy) => {
  const n = p.policy_document.Statement.length;
  return n === 1 ? '1 statement' : `${n} statements`;
};

// Typing finds a policy by its name or by words of its description.
const filterOptions = createFilterOptions<Policy>({
  stringify: (p) => `${p.name} ${p.description}`,
});

/** Search the organization's policies and pick any number, each shown with description and size. */
export function PolicyMultiPicker() {
  const { control } = useFormContext<WizardInput>();
  const { field, fieldState } = useController({ control, name: 'policy_ids' });
  const policies = useQuery(wizardQueries.policies());
  const loadError = policies.error
    ? `Could not load the policies: ${policies.error.message}`
    : undefined;
  return (
    <Box>
      <Autocomplete
        multiple
        options={policies.data ?? []}
        loading={policies.isPending}
        value={field.value}
        onChange={(_e, ids) => field.onChange(ids)}
        onBlur={field.onBlur}
        getOptionValue={(p) => p.id}
        getOptionLabel={(p) => p.name}
        filterOptions={filterOptions}
        filterSelectedOptions
        disableCloseOnSelect
        noOptionsText="No policy matches"
        loadingText="Loading policies…"
        renderOption={({ key, ...itemProps }, p) => (
          <TwoLineOption
            key={key}
            itemProps={itemProps}
            primary={p.name}
            secondary={`${p.description || 'No description'} · ${statements(p)}`}
          />
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field.ref}
            name={field.name}
            label={LABEL}
            placeholder={field.value.length ? undefined : 'Search policies'}
            error={fieldState.invalid || loadError !== undefined}
            helperText={
              fieldMessage(LABEL, fieldState.error) ??
              loadError ??
              'Optional. Sessions of the role get the permissions of these policies.'
            }
          />
        )}
      />
      {policies.error && (
        <Button size="small" onClick={() => void policies.refetch()}>
          Retry loading policies
        </Button>
      )}
    </Box>
  );
}
