import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { absoluteTime } from '../../../lib/dates';
import { instantWithZone } from '../model/zoned-time';
import { useNow } from '../../../lib/use-now';
import { remaining, secondsUntil } from '../../../entities/session/session-time';
import type { RemainingTone } from '../../../entities/session/session-time';

/** Colours that keep 4.5:1 contrast on the paper in both schemes (MUI's warning.main does not). */
const toneSx = (tone: RemainingTone) => (theme: Theme) => {
  const light = { normal: '#1b5e20', warning: '#9a3412', expired: '#b71c1c' }[tone];
  const dark = { normal: '#81c784', warning: '#ffb74d', expired: '#ef9a9a' }[tone];
  return { color: light, ...theme.applyStyles('dark', { color: dark }) };
};

/** "Nov 22, 2026, 4:35 PM · 59:58 left": local time and a live countdown, warning under 5 minutes. */
export function ExpiryText({ expiration }: { expiration: string }) {
  const now = useNow(1000);
  const left = remaining(secondsUntil(expiration, now));
  return (
    <>
      <time dateTime={expiration}>{absoluteTime(expiration)}</time>
      {' · '}
      <Box
        component="span"
        data-tone={left.tone}
        sx={[{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }, toneSx(left.tone)]}
      >
        {left.tone === 'expired' ? 'expired' : `${left.text} left`}
      </Box>
    </>
  );
}

/** Terminated credentials: no countdown, just that they were revoked and when they would have expired. */
export function RevokedText({ expiration, revokedAt }: { expiration: string; revokedAt: number }) {
  const at = new Date(revokedAt).toISOString();
  return (
    <>
      <Box component="span" sx={[{ fontWeight: 600 }, toneSx('expired')]}>
        Revoked
      </Box>{' '}
      at <time dateTime={at}>{instantWithZone(at)}</time>
      {' · '}
      <Box component="span" sx={{ color: 'text.secondary' }}>
        would have expired <time dateTime={expiration}>{absoluteTime(expiration)}</time>
      </Box>
    </>
  );
}
