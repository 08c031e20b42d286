import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId } from 'react';
import { useFormState } from 'react-hook-form';
import type { TrustFormInput } from '../model/wizard-schema';
import { EntityStep } from '../steps/entity-step';
import { IpStep } from '../steps/ip-step';
import { ScheduleStep } from '../steps/schedule-step';

/** The wizard's three trust steps, one tab each, in their order. */
export const TRUST_TABS = [
  { key: 'trust', label: 'Trusted Entity', content: () => <EntityStep /> },
  { key: 'schedule', label: 'Schedule', content: () => <ScheduleStep /> },
  { key: 'ip_address', label: 'IP Access Restrictions', content: () => <IpStep /> },
] as const;
export type TrustTabKey = (typeof TRUST_TABS)[number]['key'];

export const trustTabIndex = (key: TrustTabKey) => TRUST_TABS.findIndex((t) => t.key === key);

/** The tabs over one trust form; a tab holding an error is drawn in the error colour. */
export function TrustTabs({ tab, onTab }: { tab: number; onTab: (index: number) => void }) {
  const { errors } = useFormState<TrustFormInput>();
  const id = useId();
  return (
    <>
      <Tabs
        value={tab}
        onChange={(_e, value: number) => onTab(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Parts of the trust"
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {TRUST_TABS.map((t, i) => (
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
        {TRUST_TABS[tab]?.content()}
      </Box>
    </>
  );
}
