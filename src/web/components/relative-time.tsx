import Tooltip from '@mui/material/Tooltip';
import { absoluteTime, NO_TIME, relativeTime } from '../lib/dates';

/**
 * An instant as "3 days ago", the date and time in its tooltip; "—" for one the API did not send
 * (Vultr's, for example, does not say when a user was created, nor when a pasted key was fetched).
 */
export function RelativeTime({ iso }: { iso: string }) {
  if (!iso) return <span>{NO_TIME}</span>;
  return (
    <Tooltip title={absoluteTime(iso)}>
      <span>{relativeTime(iso)}</span>
    </Tooltip>
  );
}
