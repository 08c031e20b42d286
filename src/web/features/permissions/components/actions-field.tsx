import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { isValidActionPattern } from '../../../../shared/iam/actions';
import { ACTION_OPTIONS } from '../model/simulator';
import { actionCatalogue } from './action-catalogue';

// What is typed and not in the catalogue (a wildcard) is grouped as "Typed".
const CATALOGUE = actionCatalogue(ACTION_OPTIONS, 'Typed');

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
      options={CATALOGUE.values}
      value={[...value]}
      onChange={(_e, next) => {
        const entries = [...new Set(next.map((s) => s.trim()).filter((s) => s !== ''))];
        const bad = entries.find((s) => !isValidActionPattern(s));
        setRefused(bad ?? null);
        onChange(entries.filter(isValidActionPattern));
      }}
      groupBy={CATALOGUE.groupBy}
      filterOptions={CATALOGUE.filterOptions}
      filterSelectedOptions
      disableCloseOnSelect
      renderOption={CATALOGUE.renderOption}
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
