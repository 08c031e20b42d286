import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { idSchema } from '../../../../shared/schemas/common';
import type { ConsoleMode } from '../../../../shared/schemas/health';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import type { UserSummary } from '../../../../shared/schemas/person';
import { FormTextField } from '../../../components/form-text-field';
import { roleQueries } from '../../../entities/role/role-queries';
import { useRoleList } from '../../../entities/role/use-roles';
import { trustQueries } from '../../../entities/trust/trust-queries';
import {
  assumeFormDefaults,
  assumeFormSchema,
  maxDurationOf,
  resolveRole,
} from '../model/assume-form';
import type { AssumeFormInput } from '../model/assume-form';
import type { StsTarget } from '../model/sts-request';
import { CallerField } from './caller-field';
import { DurationField } from './duration-field';
import { MethodField } from './method-field';
import { RequestPreview } from './request-preview';
import { RoleField } from './role-field';
import { WebIdentityField } from './web-identity-field';

export interface AssumeFormProps {
  mode: ConsoleMode | undefined;
  me: UserSummary | undefined;
  /** Where the request goes, for its preview; the organization also makes a role's ARN. */
  target: StsTarget;
  initialRole: string;
  busy: boolean;
  onAssume: (request: StsProxyRequest, roleName: string | undefined) => void;
  /** Who AssumeRole would act as: the Call as user, or the key's own user. */
  onCallerChange: (userId: string | undefined) => void;
}

/** Role, Method, Call as / Web identity token, Session name, Duration — then Assume role. */
export function AssumeForm(props: AssumeFormProps) {
  const { mode, me, target, initialRole, busy, onAssume, onCallerChange } = props;
  const { organizationId } = target;
  const roles = useRoleList();
  // Opened with ?role=<id>: that role is read on its own, so the field names it (and its maximum
  // session) before the whole list is in, which in a large organization takes a while.
  const opened = useQuery({
    ...roleQueries.detail(initialRole),
    enabled: roles.data === undefined && idSchema.safeParse(initialRole).success,
  });
  const schema = useMemo(
    () =>
      assumeFormSchema({
        roles: roles.data ?? [],
        ...(organizationId ? { organizationId } : {}),
      }),
    [roles.data, organizationId],
  );
  // The resolver reads the newest schema: the roles arrive after the form mounts.
  const schemaRef = useRef(schema);
  useEffect(() => {
    schemaRef.current = schema;
  }, [schema]);
  // Raw: the fields keep their own shape; the request is the schema's output, made on submit.
  const resolver = useMemo<Resolver<AssumeFormInput>>(
    () => (values, context, options) =>
      zodResolver(schemaRef.current, undefined, { raw: true })(values, context, options),
    [],
  );
  const { control, handleSubmit, setValue, getValues, trigger } = useForm<AssumeFormInput>({
    resolver,
    defaultValues: assumeFormDefaults(initialRole, new Date()),
    mode: 'onChange',
  });
  const values = useWatch({ control }) as AssumeFormInput;
  const callerId = (mode === 'embedded' && values.call_as) || me?.id;
  const assumable = useQuery({
    ...trustQueries.assumableBy(callerId ?? ''),
    enabled: callerId !== undefined,
  });
  const webIdentity = values.method === 'AssumeRoleWithWebIdentity';
  // Web identity: the roles whose trusts name an OIDC issuer come first.
  const trusts = useQuery({ ...trustQueries.all(), enabled: webIdentity });
  const assumableIds = useMemo(
    () =>
      new Set(
        webIdentity
          ? (trusts.data ?? []).filter((t) => t.trusted_oidc_issuer_id).map((t) => t.role_id)
          : (assumable.data ?? []),
      ),
    [webIdentity, trusts.data, assumable.data],
  );
  const options = useMemo(
    () =>
      (roles.data ?? [])
        .filter((r) => r.role_type === 'assumable')
        .sort(
          (a, b) =>
            Number(assumableIds.has(b.id)) - Number(assumableIds.has(a.id)) ||
            a.name.localeCompare(b.name),
        ),
    [roles.data, assumableIds],
  );
  const resolved = resolveRole(values.role, roles.data ?? (opened.data ? [opened.data] : []));
  const max = maxDurationOf(resolved);

  useEffect(() => onCallerChange(callerId), [callerId, onCallerChange]);
  useEffect(() => {
    // A role with a shorter maximum pulls the duration down rather than leaving it invalid.
    if (getValues('duration_seconds') > max) setValue('duration_seconds', max);
    if (getValues('role') !== '') void trigger(['role', 'duration_seconds']);
  }, [max, schema, getValues, setValue, trigger]);

  const preview = schema.safeParse(values);
  const submit = handleSubmit((fields) => {
    const request = schema.safeParse(fields);
    if (request.success) onAssume(request.data, resolved.role?.name);
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Assume a role">
      <RoleField
        control={control}
        options={options}
        assumable={assumableIds}
        firstGroup={webIdentity ? 'Trusts an OIDC issuer' : 'You can assume'}
        outsideNote={
          webIdentity
            ? 'no trust of this role names an OIDC issuer'
            : // Whose key this is may be unknown (Vultr does not say): then say nothing of its trusts.
              callerId === undefined
              ? undefined
              : 'no trust of this role names the caller'
        }
        loading={roles.isPending}
        loadError={roles.error ? `Could not load the roles: ${roles.error.message}` : undefined}
        resolved={resolved.role}
      />
      <MethodField control={control} />
      {webIdentity ? (
        <WebIdentityField
          control={control}
          setValue={setValue}
          canMint={mode === 'embedded'}
          defaultSubject={me?.email ?? 'console-user'}
        />
      ) : (
        <CallerField control={control} mode={mode} me={me} />
      )}
      <FormTextField
        control={control}
        name="session_name"
        label="Session name"
        required
        fullWidth
        margin="dense"
        helperText="2–64 of A–Z a–z 0–9 _ + = , . @ -"
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <DurationField control={control} max={max} />
      <Button type="submit" variant="contained" loading={busy} sx={{ mt: 1 }}>
        Assume role
      </Button>
      <RequestPreview request={preview.success ? preview.data : null} target={target} />
    </form>
  );
}
