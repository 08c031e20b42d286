import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { issuerLabel } from '../../../../shared/schemas/oidc-issuer';
import { fieldMessage } from '../../../components/form-text-field';
import { wizardQueries } from '../api/wizard-queries';
import type { EntityKind, TrustFormInput } from '../model/wizard-schema';
import { ENTITY_KIND_LABELS } from '../model/wizard-schema';
import { TwoLineOption } from '../../../components/two-line-option';

export interface EntityOption {
  id: string;
  primary: string;
  secondary: string;
}

const members = (n: number) => (n === 1 ? '1 member' : `${n} members`);

/** The chosen kind's directory as picker options: users by name and email, groups with their size, issuers by name and uri. */
export function useEntityOptions(kind: EntityKind) {
  const users = useQuery({ ...wizardQueries.users(), enabled: kind === 'user' });
  const groups = useQuery({ ...wizardQueries.groups(), enabled: kind === 'group' });
  const issuers = useQuery({ ...wizardQueries.issuers(), enabled: kind === 'oidc' });
  const query = kind === 'user' ? users : kind === 'group' ? groups : issuers;
  let options: EntityOption[] | undefined;
  if (kind === 'user') {
    options = users.data?.map((u) => ({ id: u.id, primary: u.name, secondary: u.email }));
  } else if (kind === 'group') {
    options = groups.data?.map((g) => ({
      id: g.id,
      primary: g.display_name,
      secondary: members(g.members.length),
    }));
  } else {
    options = issuers.data?.map((i) => ({
      id: i.id,
      primary: issuerLabel(i),
      secondary: i.uri,
    }));
  }
  return { options, error: query.error, retry: () => void query.refetch() };
}

const filterOptions = createFilterOptions<EntityOption>({
  stringify: (o) => `${o.primary} ${o.secondary}`,
});

/** The searchable dropdown of the chosen kind; its label is the kind (User, Group, OIDC Issuer). */
export function EntityPicker() {
  const { control } = useFormContext<TrustFormInput>();
  const kind = useWatch({ control, name: 'trust.kind' });
  const { field, fieldState } = useController({ control, name: 'trust.entity_id' });
  const { options, error, retry } = useEntityOptions(kind);
  const label = ENTITY_KIND_LABELS[kind];
  const loadError = error ? `Could not load the list: ${error.message}` : undefined;
  const known = options?.some((o) => o.id === field.value) ?? false;
  return (
    <Box>
      <Autocomplete
        key={kind}
        options={options ?? []}
        loading={options === undefined && !error}
        // Until the list arrives, an id from an edited trust has no option to show yet.
        value={field.value && known ? field.value : null}
        onChange={(_e, id) => field.onChange(id ?? '')}
        onBlur={field.onBlur}
        getOptionValue={(o) => o.id}
        getOptionLabel={(o) => o.primary}
        filterOptions={filterOptions}
        autoHighlight
        noOptionsText={`No ${label.toLowerCase()} matches`}
        loadingText="Loading…"
        renderOption={({ key, ...itemProps }, o) => (
          <TwoLineOption
            key={key}
            itemProps={itemProps}
            primary={o.primary}
            secondary={o.secondary}
          />
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={field.ref}
            name={field.name}
            label={label}
            required
            placeholder={`Search by ${kind === 'user' ? 'name or email' : kind === 'group' ? 'name' : 'name or URI'}`}
            error={fieldState.invalid || loadError !== undefined}
            helperText={
              fieldMessage(label, fieldState.error) ??
              loadError ??
              (kind === 'oidc'
                ? 'Tokens this issuer signs can assume the role.'
                : `The ${label.toLowerCase()} that may assume the role.`)
            }
          />
        )}
      />
      {error && (
        <Button size="small" onClick={retry}>
          Retry loading
        </Button>
      )}
    </Box>
  );
}
