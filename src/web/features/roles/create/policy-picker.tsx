import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import type { Policy } from '../../../../shared/schemas/policy';
import { policyChoiceQueries } from '../api/role-queries';
import type { AssignableRoleInput } from './assignable-role-schema';
import { fieldMessage } from '../../../components/form-text-field';
import { TwoLineOption } from '../../../components/two-line-option';

const LABEL = 'Permission Policies';

// Typing finds a policy by its name or by words of its description.
const filterOptions = createFilterOptions<Policy>({
  stringify: (p) => `${p.name} ${p.description}`,
});

/** Permission Policies: search the organization's policies and pick any number of them. */
export function PolicyPicker({ control }: { control: Control<AssignableRoleInput> }) {
  const { field, fieldState } = useController({ control, name: 'policy_ids' });
  const policies = useQuery(policyChoiceQueries.all());
  const loadError = policies.error
    ? `Could not load the policies: ${policies.error.message}`
    : undefined;
  return (
    <>
      <Autocomplete
        multiple
        options={policies.data ?? []}
        loading={policies.isPending}
        value={field.value ?? []}
        onChange={(_e, ids) => field.onChange(ids)}
        onBlur={field.onBlur}
        getOptionValue={(p) => p.id}
        getOptionLabel={(p) => p.name}
        filterOptions={filterOptions}
        filterSelectedOptions
        noOptionsText="No policy matches"
        loadingText="Loading policies…"
        renderOption={({ key, ...props }, p) => (
          <TwoLineOption
            key={key}
            itemProps={props}
            primary={p.name}
            secondary={p.description || 'No description'}
          />
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field.ref}
            name={field.name}
            label={LABEL}
            placeholder={field.value?.length ? undefined : 'Search policies'}
            margin="dense"
            error={fieldState.error !== undefined || loadError !== undefined}
            helperText={
              fieldMessage(LABEL, fieldState.error) ??
              loadError ??
              'Optional. Users and groups holding the role get these permissions.'
            }
          />
        )}
      />
      {policies.error && (
        <Button size="small" onClick={() => void policies.refetch()}>
          Retry loading policies
        </Button>
      )}
    </>
  );
}
