import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useMe } from '../features/organization/api/organization-queries';
import { SimulatorLinksContext } from '../lib/simulator-link';
import type { SimulatorLinks } from '../lib/simulator-link';
import { refusalHref } from './refusal-href';
import { router } from './router';

/** Lets error notices anywhere in the app link the Policy Simulator for the refused identity. */
export function SimulatorLinksProvider({ children }: { children: ReactNode }) {
  const meId = useMe()?.id;
  const links = useMemo<SimulatorLinks>(
    () => ({
      hrefFor: (f) => refusalHref(f, meId),
      open: (href) => void router.navigate(href),
    }),
    [meId],
  );
  return <SimulatorLinksContext.Provider value={links}>{children}</SimulatorLinksContext.Provider>;
}
