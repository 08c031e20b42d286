import { zodResolver } from '@hookform/resolvers/zod';
import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { issuerLabel } from '../../../lib/issuer-label';
import { FormTextField } from '../../../components/form-text-field';
import { groupQueries } from '../../../entities/group/group-queries';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { userQueries } from '../../../entities/user/user-queries';
import {
  PRINCIPAL_KINDS,
  PRINCIPAL_LABELS,
  toLocalInput,
  whatIfSchema,
} from '../model/what-if-input';
import type { WhatIfInput } from '../model/what-if-input';
import { WhatIfResults } from './what-if-results';

/** The question, answered live as it changes (nothing is sent, so there is no submit). */
export function WhatIfForm({ defaultIp, meId }: { defaultIp: string; meId: string }) {
  const { control, setValue } = useForm<WhatIfInput>({
    resolver: zodResolver(whatIfSchema),
    defaultValues: {
      kind: 'user',
      principal: meId,
      ip: defaultIp,
      instant: toLocalInput(new Date()),
    },
    mode: 'onChange',
  });
  const values = useWatch({ control }) as WhatIfInput;
  // "me" may arrive after the form mounts: it is the natural first question.
  useEffect(() => {
    if (meId && values.kind === 'user' && values.principal === '') setValue('principal', meId);
  }, [meId, values.kind, values.principal, setValue]);
  const parsed = whatIfSchema.safeParse(values);
  return (
    <>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: { xs: 0, md: 2 }, alignItems: { md: 'flex-start' } }}
      >
        <KindField control={control} onKindChange={() => setValue('principal', '')} />
        <PrincipalField control={control} kind={values.kind} />
        <FormTextField
          control={control}
          name="ip"
          label="Source IP"
          margin="dense"
          sx={{ width: { xs: '100%', md: 180 }, flexShrink: 0 }}
          slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
        />
        <FormTextField
          control={control}
          name="instant"
          label="Instant"
          type="datetime-local"
          margin="dense"
          sx={{ width: { xs: '100%', md: 'auto' }, flexShrink: 0 }}
          helperText="Your time zone"
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <WhatIfResults question={parsed.success ? parsed.data : null} />
    </>
  );
}

function KindField({
  control,
  onKindChange,
}: {
  control: Control<WhatIfInput>;
  onKindChange: () => void;
}) {
  const { field } = useController({ control, name: 'kind' });
  const labelId = useId();
  return (
    <FormControl margin="dense" sx={{ flexShrink: 0 }}>
      <FormLabel id={labelId} sx={{ fontSize: '0.75rem', mb: 0.5 }}>
        Principal
      </FormLabel>
      <ToggleButtonGroup
        exclusive
        size="small"
        aria-labelledby={labelId}
        value={field.value}
        onChange={(_e, next: WhatIfInput['kind'] | null) => {
          if (next && next !== field.value) {
            field.onChange(next);
            onKindChange();
          }
        }}
      >
        {PRINCIPAL_KINDS.map((k) => (
          <ToggleButton key={k} value={k} sx={{ textTransform: 'none', px: 1.5 }}>
            {PRINCIPAL_LABELS[k]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </FormControl>
  );
}

function PrincipalField({
  control,
  kind,
}: {
  control: Control<WhatIfInput>;
  kind: WhatIfInput['kind'];
}) {
  const users = useQuery({ ...userQueries.list(), enabled: kind === 'user' });
  const groups = useQuery({ ...groupQueries.list(), enabled: kind === 'group' });
  const issuers = useQuery({ ...issuerQueries.list(), enabled: kind === 'oidc' });
  const choices =
    kind === 'user'
      ? (users.data ?? []).map((u) => ({ id: u.id, name: `${u.name} (${u.email})` }))
      : kind === 'group'
        ? (groups.data ?? []).map((g) => ({ id: g.id, name: g.display_name }))
        : (issuers.data ?? []).map((i) => ({ id: i.id, name: issuerLabel(i) }));
  const failure = { user: users, group: groups, oidc: issuers }[kind].error;
  return (
    <FormTextField
      control={control}
      name="principal"
      label={PRINCIPAL_LABELS[kind]}
      select
      margin="dense"
      sx={{
        width: { xs: '100%', md: 'auto' },
        minWidth: { md: 220 },
        maxWidth: '100%',
        flexGrow: 1,
      }}
      helperText={failure ? `Could not load them: ${failure.message}` : undefined}
    >
      {choices.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {c.name}
        </MenuItem>
      ))}
    </FormTextField>
  );
}
