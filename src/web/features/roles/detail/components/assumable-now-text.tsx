import Typography from '@mui/material/Typography';
import type { RoleTrust } from '../../../../../shared/schemas/role-trust';
import { SEARCH_HORIZON_DAYS } from '../../../../../shared/trust/schedule';
import { relativeTo, zonedDate } from '../../../../lib/zoned-time';
import { assumableNow } from '../model/trust-status';

/**
 * "Yes" or "No — opens in 2 days", from the schedule and the expiry at `now`; the instant it
 * changes on the viewer's clock, zone named.
 */
export function AssumableNowText({ trust, now }: { trust: RoleTrust; now: Date }) {
  const when = (at: Date) => relativeTo(at.toISOString(), now);
  const status = assumableNow(trust, now);
  let answer: string;
  let detail: string | null = null;
  if (status.assumable) {
    answer = 'Yes';
    if (status.closesAt) detail = `Until ${zonedDate(status.closesAt)} (${when(status.closesAt)})`;
  } else if (status.reason === 'closed') {
    answer = `No — opens ${when(status.opensAt)}`;
    detail = `Opens ${zonedDate(status.opensAt)}`;
  } else if (status.reason === 'expired') {
    answer = `No — expired ${when(status.expiredAt)}`;
    detail = `Expired ${zonedDate(status.expiredAt)}`;
  } else if (status.reason === 'expires-first') {
    answer = 'No — the trust expires before the schedule opens again';
    detail = `Expires ${zonedDate(status.expiresAt)}`;
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
