import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../shared/schemas/role';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import type { TrustCaller } from '../../../../shared/trust/types';
import { absoluteTime } from '../../../lib/dates';
import { sessionQueries } from '../api/session-queries';
import { issuerOfToken, judgeRole, userCaller } from '../model/verdicts';
import { TrustVerdictList } from './trust-verdict-list';

interface WhyDeniedProps {
  role: Role;
  request: StsProxyRequest;
  /** The user AssumeRole acted as (Call as, or the key's user). */
  userId: string | undefined;
  /** When the attempt was made. */
  at: Date;
}

/**
 * "Why denied?": the shared evaluator, run in the browser over the role's trusts with the same
 * caller, the source address the server sees, and the moment of the attempt.
 */
export function WhyDenied({ role, request, userId, at }: WhyDeniedProps) {
  const webIdentity = request.action === 'AssumeRoleWithWebIdentity';
  const trusts = useQuery(sessionQueries.trusts());
  const ip = useQuery(sessionQueries.clientAddress());
  const groups = useQuery({
    ...sessionQueries.groupIdsOf(userId ?? ''),
    enabled: !webIdentity && userId !== undefined,
  });
  const issuers = useQuery({ ...sessionQueries.issuers(), enabled: webIdentity });
  const users = useQuery({ ...sessionQueries.users(), enabled: !webIdentity });

  const failure = trusts.error ?? ip.error ?? groups.error ?? issuers.error;
  let caller: TrustCaller | null = null;
  let who = '';
  let problem: string | null = null;
  if (webIdentity && issuers.data) {
    const found = issuerOfToken(request.web_identity_token ?? '', issuers.data);
    if (found.issuer) {
      caller = { kind: 'oidc', issuerId: found.issuer.id, subject: found.sub };
      who = `subject ${found.sub || '(none)'} of ${found.issuer.display_name || found.issuer.uri}`;
    } else {
      problem = found.iss
        ? `The token's issuer ${found.iss} is not a registered OIDC issuer, so no trust can name it.`
        : 'The token is not a readable JWT, so its issuer is unknown.';
    }
  } else if (!webIdentity && userId && groups.data) {
    caller = userCaller(userId, groups.data);
    const name = users.data?.find((u) => u.id === userId)?.name ?? userId;
    const count = groups.data.length;
    who = `${name} (member of ${count} group${count === 1 ? '' : 's'})`;
  }

  let body;
  if (failure) {
    body = <Alert severity="warning">Could not work out why: {failure.message}</Alert>;
  } else if (problem) {
    body = <Typography variant="body2">{problem}</Typography>;
  } else if (!caller || !trusts.data || ip.data === undefined) {
    body = <Skeleton height={80} aria-label="Working out why" />;
  } else {
    const verdict = judgeRole(
      trusts.data.filter((t) => t.role_id === role.id),
      caller,
      ip.data,
      at,
    );
    body = (
      <>
        <Typography variant="body2" sx={{ mb: 1 }}>
          Checked {role.name} for {who}, from {ip.data}, at {absoluteTime(at.toISOString())}.
        </Typography>
        <Typography variant="body2" sx={{ mb: 1.5, fontWeight: 600 }}>
          {verdict.summary}
        </Typography>
        <TrustVerdictList verdicts={verdict.trusts} />
      </>
    );
  }
  return (
    <Box component="section" aria-label="Why denied?" sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
        Why denied?
      </Typography>
      {body}
    </Box>
  );
}
