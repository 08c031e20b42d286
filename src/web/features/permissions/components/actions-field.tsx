import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { isValidActionPattern } from '../../../../shared/iam/actions';
import { TwoLineOption } from '../../../components/two-line-option';
import { ACTION_OPTIONS } from '../model/simulator';
import type { ActionOption } from '../model/simulator';

const BY_VALUE = new Map<string, ActionOption>(ACTION_OPTIONS.map((o) => [o.value, o]));
const VALUES = ACTION_OPTIONS.map((o) => o.value);

/** An action matches what is typed by its name or its description, case aside. */
function filterValues(values: string[], { inputValue }: { inputValue: string }): string[] {
  const words = inputValue.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return values;
  return values.filter((v) => {
    const text = `${v} ${BY_VALUE.get(v)?.description ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

const HELP =
  'Pick by service or type an action; wildcards such as iam.role.* or compute.* are allowed';

interface ActionsFieldProps {
  value: readonly string[];
  onChange: (actions: string[]) => void;
  /** Entries of the address that are not actions, shown as the field's error. */
  rejected?: readonly string[];
  label?: string;
}

/** Actions: a searchable multi-select of the catalogue by service; free text for wildcards. */
export function ActionsField({
  value,
  onChange,
  rejected = [],
  label = 'Actions',
}: ActionsFieldProps) {
  const [refused, setRefused] = useState<string | null>(null);
  const problem = refused ?? (rejected.length > 0 ? rejected[0]! : null);
  return (
    <Autocomplete
      multiple
      freeSolo
      options={VALUES}
      value={[...value]}
      onChange={(_e, next) => {
        const entries = [...new Set(next.map((s) => s.trim()).filter((s) => s !== ''))];
        const bad = entries.find((s) => !isValidActionPattern(s));
        setRefused(bad ?? null);
        onChange(entries.filter(isValidActionPattern));
      }}
      groupBy={(v) => BY_VALUE.get(v)?.service ?? 'Typed'}
      filterOptions={filterValues}
      filterSelectedOptions
      disableCloseOnSelect
      renderOption={({ key, ...itemProps }, v) => (
        <TwoLineOption
          key={key}
          itemProps={itemProps}
          primary={v}
          secondary={BY_VALUE.get(v)?.description ?? ''}
        />
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value.length === 0 ? 'e.g. iam.role.List' : undefined}
          error={problem !== null}
          helperText={
            problem !== null ? `“${problem}” is not a known action or wildcard. ${HELP}.` : HELP
          }
        />
      )}
    />
  );
}
