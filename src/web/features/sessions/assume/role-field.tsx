import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import ListSubheader from '@mui/material/ListSubheader';
import { useController } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import type { Role } from '../../../../shared/schemas/role';
import { fieldMessage } from '../../../components/form-text-field';
import { humanDuration } from '../../../lib/dates';
import type { AssumeFormInput } from '../model/assume-form';
import { pickerInput } from '../../../components/picker-options';
import { TwoLineOption } from '../../../components/two-line-option';

const LABEL = 'Role';
const OTHER_ROLES = 'Other assumable roles';

interface RoleFieldProps {
  control: Control<AssumeFormInput>;
  /** Assumable roles, those the caller may assume first (the order groupBy needs). */
  options: readonly Role[];
  /** The roles listed first, under `firstGroup` ("You can assume"). */
  assumable: ReadonlySet<string>;
  firstGroup: string;
  /** Said of a picked role outside the first group. */
  outsideNote?: string;
  loading: boolean;
  loadError: string | undefined;
  /** The role the field's text resolves to, for the helper text. */
  resolved: Role | undefined;
}

const filterOptions = createFilterOptions<Role>({
  stringify: (r) => `${r.name} ${r.id} ${r.description}`,
});

/**
 * Role: pick one of the organization's assumable roles (the caller's own first), or type any role
 * ARN or id. The field holds text: a picked role's id, or whatever was typed.
 */
export function RoleField({
  control,
  options,
  assumable,
  firstGroup,
  outsideNote,
  loading,
  loadError,
  resolved,
}: RoleFieldProps) {
  const { field, fieldState } = useController({ control, name: 'role' });
  // The role the text names, also before the options are in (the form may know it already).
  const value: Role | string =
    options.find((r) => r.id === field.value) ??
    (resolved?.id === field.value ? resolved : field.value);
  const helper =
    fieldMessage(LABEL, fieldState.error) ??
    loadError ??
    (resolved
      ? `Maximum session ${humanDuration(resolved.max_session_duration)}${assumable.has(resolved.id) || !outsideNote ? '' : ` · ${outsideNote}`}`
      : 'Pick a role, or paste a role ARN');
  return (
    <Autocomplete
      freeSolo
      autoHighlight
      options={options as Role[]}
      loading={loading}
      value={value}
      groupBy={(r) => (assumable.has(r.id) ? firstGroup : OTHER_ROLES)}
      getOptionLabel={(r) => (typeof r === 'string' ? r : r.name)}
      getOptionKey={(r) => (typeof r === 'string' ? r : r.id)}
      isOptionEqualToValue={(o, v) => typeof v !== 'string' && o.id === v.id}
      filterOptions={filterOptions}
      onChange={(_e, next) => field.onChange(typeof next === 'string' ? next : (next?.id ?? ''))}
      onInputChange={(_e, text, reason) => {
        // Typing makes the text the value; picking an option already set the id.
        if (reason === 'input' || reason === 'clear') field.onChange(text);
      }}
      onBlur={field.onBlur}
      loadingText="Loading roles…"
      // Named groups, so assistive technology (and tests) hear which roles the caller may assume.
      renderGroup={(params) => (
        <li key={params.key} role="none">
          <ListSubheader component="div" sx={{ lineHeight: 2.5 }}>
            {params.group}
          </ListSubheader>
          <Box component="ul" role="group" aria-label={params.group} sx={{ p: 0 }}>
            {params.children}
          </Box>
        </li>
      )}
      renderOption={({ key, ...props }, r) => (
        <TwoLineOption
          key={key}
          itemProps={props}
          primary={r.name}
          secondary={`Up to ${humanDuration(r.max_session_duration)}${r.description ? ` · ${r.description}` : ''}`}
        />
      )}
      renderInput={pickerInput(field, {
        label: LABEL,
        required: true,
        margin: 'dense',
        error: fieldState.invalid || loadError !== undefined,
        helperText: helper,
      })}
    />
  );
}
