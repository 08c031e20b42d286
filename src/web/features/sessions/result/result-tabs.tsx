import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId, useState } from 'react';
import type { HeldSession } from '../../../entities/session/held-credentials';
import { credentialsOf } from '../model/exports';
import { STS_PATH } from '../model/sts-request';
import type { StsTarget } from '../model/sts-request';
import { ExportsTab } from './exports-tab';
import { RequestTab } from './request-tab';

interface ResultTabsProps {
  held: HeldSession;
  target: StsTarget;
  revealed: boolean;
  /** The session was terminated: the exports are marked revoked and offer nothing to copy. */
  revoked: boolean;
}

const TABS = ['Exports', 'Request'] as const;

/** Exports (env, credentials file, credential_process, Bearer) and Request (curl, raw XML). */
export function ResultTabs(props: ResultTabsProps) {
  const { held, target, revealed, revoked } = props;
  const { endpoint } = target;
  const [tab, setTab] = useState<(typeof TABS)[number]>('Exports');
  const base = useId();
  const tabId = (t: string) => `${base}-tab-${t}`;
  const panelId = (t: string) => `${base}-panel-${t}`;
  return (
    <Box sx={{ mt: 2 }}>
      <Tabs
        value={tab}
        onChange={(_e, next: (typeof TABS)[number]) => setTab(next)}
        aria-label="Credentials as"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {TABS.map((t) => (
          <Tab key={t} value={t} label={t} id={tabId(t)} aria-controls={panelId(t)} />
        ))}
      </Tabs>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'Exports' ? (
          <ExportsTab
            credentials={credentialsOf(held.response)}
            roleName={held.roleName}
            revealed={revealed}
            revoked={revoked}
            apiUrl={endpoint.endsWith(STS_PATH) ? endpoint.slice(0, -STS_PATH.length) : undefined}
          />
        ) : (
          <RequestTab
            request={held.request}
            response={held.response}
            target={target}
            revealed={revealed}
            revoked={revoked}
          />
        )}
      </div>
    </Box>
  );
}
