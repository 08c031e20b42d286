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
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { RoleTrust } from '../../../../shared/schemas/role-trust';
import { useUpdateTrust } from '../api/use-update-trust';
import { trustUpdateBody } from '../model/requests';
import { trustErrorPlace } from '../model/server-errors';
import { trustFormDefaults } from '../model/trust-form';
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
  onCancel: () => void;
  onSaved: (trust: RoleTrust) => void;
  onBusy: (busy: boolean) => void;
}

/** The wizard's Trusted Entity, Schedule and IP steps as tabs over one trust; Save PUTs it. */
export function TrustEditForm(props: TrustEditFormProps) {
  const { trust, titleId, entityName, onCancel, onSaved, onBusy } = props;
  const [defaults] = useState(() => trustFormDefaults(trust, browserZone()));
  const kept = defaults.trust.valid_until;
  const [schema] = useState(() => trustFormSchema({ keptValidUntil: kept }));
  const form = useForm<TrustFormInput, unknown, TrustFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    // Errors clear as the user types; a blur alone never shifts the layout under a click.
    mode: 'onChange',
  });
  const [tab, setTab] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const update = useUpdateTrust(trust.id, onSaved);
  const id = useId();
  const errors = form.formState.errors;

  const save = form.handleSubmit(
    (values) => {
      setFailure(null);
      onBusy(true);
      update.mutate(trustUpdateBody(values, kept), {
        onError: (error) => {
          const place = trustErrorPlace(error);
          if (place) {
            form.setError(place.field, { type: 'server', message: error.message });
            setTab(TABS.findIndex((t) => t.key === place.key));
          } else {
            setFailure(`Could not save the trust: ${error.message}`);
          }
        },
        onSettled: () => onBusy(false),
      });
    },
    (invalid) =>
      setTab(
        Math.max(
          0,
          TABS.findIndex((t) => invalid[t.key] !== undefined),
        ),
      ),
  );

  return (
    <FormProvider {...form}>
      <Box component="form" noValidate onSubmit={(e) => void save(e)} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>Edit trust for {entityName}</DialogTitle>
        <DialogContent dividers sx={{ minHeight: { md: '70vh' } }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Role {trust.role_name}. Save sends PUT /v2/role-trusts/{trust.id}.
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
