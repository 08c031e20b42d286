import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { absoluteTime, NO_TIME, relativeTime } from '../lib/dates';

/**
 * An instant as "3 days ago", the date and time in a tooltip on hover; "—" for one the API did not
 * send (Vultr's, for example, does not say when a user was created, nor when a pasted key was
 * fetched). The tooltip is made when the pointer first reaches the time, not before: a table shows
 * one time a row, and most are never pointed at.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const [hovered, setHovered] = useState<boolean>();
  if (!iso) return <span>{NO_TIME}</span>;
  const text = <time dateTime={iso}>{relativeTime(iso)}</time>;
  return (
    <span onPointerEnter={() => setHovered(true)} onPointerLeave={() => setHovered(false)}>
      {hovered === undefined ? (
        text
      ) : (
        <Tooltip title={absoluteTime(iso)} open={hovered} disableInteractive>
          {text}
        </Tooltip>
      )}
    </span>
  );
}
