import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { TimeOfDay } from '../../../../shared/schemas/role-trust';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { assumableNow } from '../model/schedule-preview';

interface AssumableNowLineProps {
  timeOfDay: TimeOfDay | undefined;
  validUntil: string | null;
  now: Date;
}

/** "Assumable now? Yes, until …" / "No — opens …", judged by the shared trust evaluator. */
export function AssumableNowLine({ timeOfDay, validUntil, now }: AssumableNowLineProps) {
  const verdict = assumableNow(timeOfDay, validUntil, now);
  const when = (at: Date) =>
    `${absoluteTime(at.toISOString())} (${relativeTime(at.toISOString(), DateTime.fromJSDate(now))})`;
  let answer: string;
  if (verdict.assumable) {
    answer = verdict.until ? `Yes, until ${when(verdict.until)}` : 'Yes';
  } else if (verdict.failed.includes('valid_until')) {
    answer = 'No — the Valid until time has passed';
  } else if (verdict.opensAt) {
    answer = `No — it opens ${when(verdict.opensAt)}`;
  } else {
    answer = 'No — the schedule does not open before the trust expires';
  }
  return (
    <Typography variant="body2" aria-live="polite">
      <strong>Assumable now?</strong>{' '}
      <Typography
        component="span"
        variant="body2"
        sx={{ color: verdict.assumable ? 'success.main' : 'text.primary', fontWeight: 500 }}
      >
        {answer}.
      </Typography>
      <Typography component="span" variant="body2" color="text.secondary">
        {' '}
        Judged on schedule and expiry; callers must also pass the IP Access Restrictions.
      </Typography>
    </Typography>
  );
}
