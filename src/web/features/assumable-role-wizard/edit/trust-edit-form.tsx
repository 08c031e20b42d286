import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { API, pathOf } from '../../../../shared/api/contract';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { verifiedClean } from '../api/trust-writes';
import type { Verification } from '../api/trust-writes';
import { useDeleteTrust, useUpdateTrust } from '../api/use-update-trust';
import { loadedEntityName } from '../api/wizard-queries';
import { TrustDifferences } from '../components/trust-differences';
import { removesExpiry, trustUpdateBody } from '../model/requests';
import { trustErrorPlace } from '../model/server-errors';
import { trustFormDefaults } from '../model/trust-form';
import { intendedTrust } from '../model/trust-verify';
import type { TrustFormInput, TrustFormValues } from '../model/wizard-schema';
import { browserZone, trustFormSchema } from '../model/wizard-schema';
import { EntityStep } from '../steps/entity-step';
import { IpStep } from '../steps/ip-step';
import { ScheduleStep } from '../steps/schedule-step';

const TABS = [
  { key: 'trust', label: 'Trusted Entity', content: () => <EntityStep /> },
  { key: 'schedule', label: 'Schedule', content: () => <ScheduleStep /> },
  { key: 'ip_address', label: 'IP Access Restrictions', content: () => <IpStep /> },
] as const;

interface TrustEditFormProps {
  trust: RoleTrust;
  titleId: string;
  /** The entity's name, for the title. */
  entityName: string;
  /** Values to start from instead of the trust's own (what the wizard meant it to be). */
  startFrom?: TrustFormInput;
  onCancel: () => void;
  /** The trust as read back after saving, once the API kept it as sent or the user accepts it. */
  onSaved: (trust: RoleTrust) => void;
  /** The trust was deleted because it did not come out as meant. */
  onDeleted: () => void;
  /** While busy, or while a read-back warning waits for an answer, the dialog must not close. */
  onBusy: (busy: boolean) => void;
  /** The delete action's label: "Delete the trust". */
  deleteLabel?: string;
}

/**
 * The wizard's Trusted Entity, Schedule and IP steps as tabs over one trust; Save PUTs it, then
 * reads it back. A condition the API did not keep turns the dialog into a warning that names it,
 * to be answered: edit again, delete the trust, or keep it as stored.
 */
export function TrustEditForm(props: TrustEditFormProps) {
  const { trust, titleId, entityName, startFrom, onCancel, onSaved, onDeleted, onBusy } = props;
  const [stored] = useState(() => trustFormDefaults(trust, browserZone()));
  const defaults = startFrom ?? stored;
  const kept = stored.trust.valid_until;
  const [schema] = useState(() => trustFormSchema({ keptValidUntil: kept }));
  const form = useForm<TrustFormInput, unknown, TrustFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    // Errors clear as the user types; a blur alone never shifts the layout under a click.
    mode: 'onChange',
  });
  const [tab, setTab] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [check, setCheck] = useState<Verification | null>(null);
  const update = useUpdateTrust(trust);
  const remove = useDeleteTrust(check?.trust ?? trust);
  const queryClient = useQueryClient();
  const id = useId();
  const errors = form.formState.errors;
  const validUntil = useWatch({ control: form.control, name: 'trust.valid_until' });
  const dropsExpiry = removesExpiry(validUntil, kept);

  const save = form.handleSubmit(
    (values) => {
      setFailure(null);
      onBusy(true);
      const intended = intendedTrust(values, { input: kept, iso: trust.valid_until });
      intended.principal.name = loadedEntityName(
        queryClient,
        values.trust.kind,
        values.trust.entity_id,
      );
      update.mutate(
        { body: trustUpdateBody(values, kept), intended },
        {
          onSuccess: (verification) => {
            if (verifiedClean(verification) && verification.trust) {
              onBusy(false);
              onSaved(verification.trust);
            } else {
              // Stays busy: the warning must be answered before the dialog may close.
              setCheck(verification);
            }
          },
          onError: (error) => {
            const place = trustErrorPlace(error);
            if (place) {
              form.setError(place.field, { type: 'server', message: error.message });
              setTab(TABS.findIndex((t) => t.key === place.key));
            } else {
              setFailure(`Could not save the trust: ${error.message}`);
            }
            onBusy(false);
          },
        },
      );
    },
    (invalid) =>
      setTab(
        Math.max(
          0,
          TABS.findIndex((t) => invalid[t.key] !== undefined),
        ),
      ),
  );

  if (check) {
    const storedTrust = check.trust ?? trust;
    return (
      <Box aria-labelledby={titleId} role="group">
        <DialogTitle id={titleId}>Edit trust for {entityName}</DialogTitle>
        <DialogContent dividers>
          <TrustDifferences verification={check} verb="saved" />
          {remove.error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              Could not delete the trust: {remove.error.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button
            color="error"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  onBusy(false);
                  onDeleted();
                },
              })
            }
            sx={{ mr: 'auto' }}
          >
            {props.deleteLabel ?? 'Delete the trust'}
          </Button>
          <Button
            disabled={remove.isPending}
            onClick={() => {
              onBusy(false);
              onSaved(storedTrust);
            }}
          >
            Keep as stored
          </Button>
          <Button
            variant="contained"
            disabled={remove.isPending}
            onClick={() => {
              setCheck(null);
              onBusy(false);
            }}
          >
            Edit again
          </Button>
        </DialogActions>
      </Box>
    );
  }

  return (
    <FormProvider {...form}>
      <Box component="form" noValidate onSubmit={(e) => void save(e)} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>Edit trust for {entityName}</DialogTitle>
        <DialogContent dividers sx={{ minHeight: { md: '70vh' } }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Role {trust.role_name || trust.role_id}. Save sends PUT{' '}
            {pathOf(API.updateTrust, { trustId: trust.id })}, then reads the trust back.
          </Typography>
          <Tabs
            value={tab}
            onChange={(_e, value: number) => setTab(value)}
            variant="scrollable"
            allowScrollButtonsMobile
            aria-label="Parts of the trust"
            sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
          >
            {TABS.map((t, i) => (
              <Tab
                key={t.key}
                label={t.label}
                id={`${id}-tab-${i}`}
                aria-controls={`${id}-panel`}
                sx={errors[t.key] ? { color: 'error.main' } : undefined}
              />
            ))}
          </Tabs>
          <Box role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`}>
            {TABS[tab]?.content()}
          </Box>
          {dropsExpiry && (
            <Alert severity="info" sx={{ mt: 2 }}>
              Removing the expiry: Vultr&apos;s API has no way to clear it in an update, so Save
              leaves it out and Vultr may keep the old one. After saving, the console reads the
              trust back and tells you if it did.
            </Alert>
          )}
          {failure && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {failure}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={update.isPending}>
            Save
          </Button>
        </DialogActions>
      </Box>
    </FormProvider>
  );
}
