import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { issuerLabel } from '../../../lib/issuer-label';
import { fieldMessage } from '../../../components/form-text-field';
import { userQueries } from '../../../entities/user/user-queries';
import { groupQueries } from '../../../entities/group/group-queries';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import type { EntityKind, TrustFormInput } from '../model/wizard-schema';
import { ENTITY_KIND_LABELS } from '../model/wizard-schema';
import { pickerInput, optionsFrom, twoLineOptions } from '../../../components/picker-options';
import type { PickerOption } from '../../../components/picker-options';
import { membersCount } from '../../../entities/group/members-count';

/** The chosen kind's directory as picker options: users by name and email, groups with their size, issuers by name and uri. */
export function useEntityOptions(kind: EntityKind) {
  const users = useQuery({ ...userQueries.list(), enabled: kind === 'user' });
  const groups = useQuery({ ...groupQueries.list(), enabled: kind === 'group' });
  const issuers = useQuery({ ...issuerQueries.list(), enabled: kind === 'oidc' });
  const query = kind === 'user' ? users : kind === 'group' ? groups : issuers;
  let options: PickerOption[] | undefined;
  if (kind === 'user') {
    options = users.data?.map((u) => ({ id: u.id, primary: u.name, secondary: u.email }));
  } else if (kind === 'group') {
    options = groups.data?.map((g) => ({
      id: g.id,
      primary: g.display_name,
      secondary: membersCount(g.members.length),
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
        {...optionsFrom(options, error)}
        // Until the list arrives, an id from an edited trust has no option to show yet.
        value={field.value && known ? field.value : null}
        onChange={(_e, id) => field.onChange(id ?? '')}
        onBlur={field.onBlur}
        {...twoLineOptions}
        autoHighlight
        noOptionsText={`No ${label.toLowerCase()} matches`}
        renderInput={pickerInput(field, {
          label,
          required: true,
          placeholder: `Search by ${kind === 'user' ? 'name or email' : kind === 'group' ? 'name' : 'name or URI'}`,
          error: fieldState.invalid || loadError !== undefined,
          helperText:
            fieldMessage(label, fieldState.error) ??
            loadError ??
            (kind === 'oidc'
              ? 'Tokens this issuer signs can assume the role.'
              : `The ${label.toLowerCase()} that may assume the role.`),
        })}
      />
      {error && (
        <Button size="small" onClick={retry}>
          Retry loading
        </Button>
      )}
    </Box>
  );
}
