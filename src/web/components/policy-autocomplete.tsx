import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Policy } from '../../shared/schemas/policy';
import { TwoLineOption } from './two-line-option';

const LABEL = 'Permission Policies';

// Typing finds a policy by its name or by words of its description.
const filterOptions = createFilterOptions<Policy>({
  stringify: (p) => `${p.name} ${p.description}`,
});

export const statementCount = (p: Policy) => {
  const n = p.policy_document.Statement.length;
  return n === 1 ? '1 statement' : `${n} statements`;
};

/** The form field behind the picker: policy ids (react-hook-form's controller field fits). */
export interface PolicyIdsField {
  value: string[] | undefined;
  onChange: (ids: string[]) => void;
  onBlur: () => void;
  ref: (input: HTMLInputElement | null) => void;
  name: string;
}

interface PolicyAutocompleteProps {
  field: PolicyIdsField;
  policies: UseQueryResult<Policy[]>;
  /** The field's validation message, when it has one. */
  fieldError: string | undefined;
  /** What the choice means, shown under the field. */
  helperText: string;
  /** Show each policy's statement count and keep the list open while picking several. */
  detailed?: boolean;
}

/** Permission Policies: search the organization's policies and pick any number of them. */
export function PolicyAutocomplete(props: PolicyAutocompleteProps) {
  const { field, policies, fieldError, detailed = false } = props;
  const loadError = policies.error
    ? `Could not load the policies: ${policies.error.message}`
    : undefined;
  const value = field.value ?? [];
  return (
    <>
      <Autocomplete
        multiple
        options={policies.data ?? []}
        loading={policies.isPending}
        value={value}
        // getOptionValue makes the values policy ids, which are strings.
        onChange={(_e, ids) => field.onChange(ids as string[])}
        onBlur={field.onBlur}
        getOptionValue={(p) => p.id}
        getOptionLabel={(p) => p.name}
        filterOptions={filterOptions}
        filterSelectedOptions
        disableCloseOnSelect={detailed}
        noOptionsText="No policy matches"
        loadingText="Loading policies…"
        renderOption={({ key, ...itemProps }, p) => (
          <TwoLineOption
            key={key}
            itemProps={itemProps}
            primary={p.name}
            secondary={
              detailed
                ? `${p.description || 'No description'} · ${statementCount(p)}`
                : p.description || 'No description'
            }
          />
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field.ref}
            name={field.name}
            label={LABEL}
            placeholder={value.length ? undefined : 'Search policies'}
            margin={detailed ? 'none' : 'dense'}
            error={fieldError !== undefined || loadError !== undefined}
            helperText={fieldError ?? loadError ?? props.helperText}
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
