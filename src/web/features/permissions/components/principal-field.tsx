import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { TwoLineOption } from '../../../components/two-line-option';
import { PRINCIPAL_GROUPS } from '../model/simulator';
import type { PrincipalOption } from '../model/simulator';

// Typing finds a principal by its name or by its second line (a group it is in, its kind).
const filterOptions = createFilterOptions<PrincipalOption>({
  stringify: (o) => `${o.label} ${o.detail}`,
});

interface PrincipalFieldProps {
  options: readonly PrincipalOption[];
  /** `user:<id>`, `group:<id>`, `role:<id>`, `session`, or "" for none. */
  value: string;
  onChange: (value: string) => void;
  loading: boolean;
}

/** Principal: search the organization's users, groups and roles, or the session this tab holds. */
export function PrincipalField({ options, value, onChange, loading }: PrincipalFieldProps) {
  const selected = options.find((o) => o.value === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_e, option) => onChange(option?.value ?? '')}
      groupBy={(o) => PRINCIPAL_GROUPS[o.kind]}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      filterOptions={filterOptions}
      loading={loading}
      loadingText="Loading the organization…"
      noOptionsText="No user, group or role matches"
      renderOption={({ key, ...itemProps }, o) => (
        <TwoLineOption key={key} itemProps={itemProps} primary={o.label} secondary={o.detail} />
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Principal"
          placeholder="Search users, groups and roles"
          helperText={selected ? selected.detail : 'Whose permissions to evaluate'}
        />
      )}
      sx={{ flex: 1, minWidth: 0 }}
    />
  );
}
