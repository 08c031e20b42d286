import Link from '@mui/material/Link';
import { createContext, useContext } from 'react';
import type { MouseEvent } from 'react';
import { forbiddenInText, forbiddenOf } from './api-client';
import type { Forbidden } from './api-client';

/** How a refusal leads to the Policy Simulator; the app shell supplies it. */
export interface SimulatorLinks {
  /** The simulator's address for a refusal: the identity refused, the action it lacked. */
  hrefFor: (f: Forbidden) => string;
  /** Goes there within the app, keeping what the tab holds in memory. */
  open: (href: string) => void;
}

export const SimulatorLinksContext = createContext<SimulatorLinks | null>(null);

interface CheckInSimulatorProps {
  /** The error shown, or the text of a notice that may carry a refusal. */
  error?: unknown;
  text?: string;
  /** Called when the link is followed (e.g. to close the notice it is in). */
  onFollow?: () => void;
}

/** "Check in Policy Simulator", beside an error that says which action was missing; else nothing. */
export function CheckInSimulator({ error, text, onFollow }: CheckInSimulatorProps) {
  const links = useContext(SimulatorLinksContext);
  const forbidden = error !== undefined ? forbiddenOf(error) : forbiddenInText(text ?? '');
  if (!links || !forbidden) return null;
  const href = links.hrefFor(forbidden);
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window is the browser's own business.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onFollow?.();
    links.open(href);
  };
  return (
    <>
      {' '}
      <Link href={href} onClick={follow} color="inherit" underline="always">
        Check in Policy Simulator
      </Link>
    </>
  );
}
