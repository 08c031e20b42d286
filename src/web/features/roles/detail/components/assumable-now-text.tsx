import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { SEARCH_HORIZON_DAYS } from '../../../../../shared/trust/schedule';
import { absoluteTime, relativeTime } from '../../../../lib/dates';
import { assumableNow } from '../model/trust-status';

/** "Yes" or "No — opens in 2 days", from the schedule and the expiry at `now`. */
export function AssumableNowText({ trust, now }: { trust: RoleTrust; now: Date }) {
  const base = DateTime.fromJSDate(now);
  const when = (at: Date) => relativeTime(at.toISOString(), base);
  const status = assumableNow(trust, now);
  let answer: string;
  let detail: string | null = null;
  if (status.assumable) {
    answer = 'Yes';
    if (status.closesAt)
      detail = `Until ${absoluteTime(status.closesAt.toISOString())} (${when(status.closesAt)})`;
  } else if (status.reason === 'closed') {
    answer = `No — opens ${when(status.opensAt)}`;
    detail = absoluteTime(status.opensAt.toISOString());
  } else if (status.reason === 'expired') {
    answer = `No — expired ${when(status.expiredAt)}`;
  } else if (status.reason === 'expires-first') {
    answer = 'No — the trust expires before the schedule opens again';
  } else {
    answer = `No — the schedule does not open in the next ${SEARCH_HORIZON_DAYS} days`;
  }
  return (
    <>
      <Typography
        variant="body2"
        sx={{ fontWeight: 500, color: status.assumable ? 'success.main' : 'text.primary' }}
      >
        {answer}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {detail ? `${detail}. ` : ''}
        Judged on schedule and expiry
        {trust.conditions.ip_address.length > 0
          ? '; callers must also come from an allowed IP address'
          : ''}
        .
      </Typography>
    </>
  );
}
