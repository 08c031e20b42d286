import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Role } from '../../../../shared/schemas/role';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import type { TrustCaller } from '../../../../shared/trust/types';
import { absoluteTime } from '../../../lib/dates';
import { namesNeeded } from '../../../lib/trust-names';
import { groupQueries } from '../../../entities/group/group-queries';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { trustQueries } from '../../../entities/trust/trust-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { consoleQueries } from '../../../lib/console-queries';
import { groupIds } from '../model/group-ids';
import { issuerLabel } from '../../../lib/issuer-label';
import { issuerOfToken, judgeForUnknownCaller, judgeRole, userCaller } from '../model/verdicts';
import type { RoleVerdict } from '../model/verdicts';
import { TrustVerdictList } from './trust-verdict-list';
import { withZonedInstants } from '../model/zoned-time';

/** What was checked, the verdict in a sentence, and each trust's conditions. */
function VerdictReport({ verdict, children }: { verdict: RoleVerdict; children: ReactNode }) {
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {children}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1.5, fontWeight: 600 }}>
        {withZonedInstants(verdict.summary)}
      </Typography>
      <TrustVerdictList verdicts={verdict.trusts} />
    </>
  );
}

interface WhyDeniedProps {
  role: Role;
  request: StsProxyRequest;
  /** The user AssumeRole acted as (Call as, or the key's user); undefined when not known. */
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
  const trusts = useQuery(trustQueries.all());
  const ip = useQuery(consoleQueries.clientAddress());
  const callerGroups = useQuery({
    ...userQueries.groups(userId ?? ''),
    select: groupIds,
    enabled: !webIdentity && userId !== undefined,
  });
  const needed = namesNeeded(trusts.data ?? []);
  const issuers = useQuery({
    ...issuerQueries.list(),
    enabled: webIdentity || needed.issuers,
  });
  const users = useQuery({ ...userQueries.list(), enabled: !webIdentity || needed.users });
  const groups = useQuery({ ...groupQueries.list(), enabled: needed.groups });
  const directory = { users: users.data, groups: groups.data, issuers: issuers.data };
  // Vultr does not say whose a key is: without a known user, each trust is judged as if its own
  // principal asked.
  const unknownCaller = !webIdentity && userId === undefined;

  const failure = trusts.error ?? ip.error ?? callerGroups.error ?? issuers.error;
  let caller: TrustCaller | null = null;
  let who = '';
  let problem: string | null = null;
  if (webIdentity && issuers.data) {
    const found = issuerOfToken(request.web_identity_token ?? '', issuers.data);
    if (found.issuer) {
      caller = { kind: 'oidc', issuerId: found.issuer.id, subject: found.sub };
      who = `subject ${found.sub || '(none)'} of ${issuerLabel(found.issuer)}`;
    } else {
      problem = found.iss
        ? `The token's issuer ${found.iss} is not a registered OIDC issuer, so no trust can name it.`
        : 'The token is not a readable JWT, so its issuer is unknown.';
    }
  } else if (!webIdentity && userId && callerGroups.data) {
    caller = userCaller(userId, callerGroups.data);
    const name = users.data?.find((u) => u.id === userId)?.name ?? userId;
    const count = callerGroups.data.length;
    who = `${name} (member of ${count} group${count === 1 ? '' : 's'})`;
  }

  let body;
  if (failure) {
    body = <Alert severity="warning">Could not work out why: {failure.message}</Alert>;
  } else if (problem) {
    body = <Typography variant="body2">{problem}</Typography>;
  } else if (unknownCaller && trusts.data && ip.data !== undefined) {
    const verdict = judgeForUnknownCaller(
      trusts.data.filter((t) => t.role_id === role.id),
      ip.data,
      at,
      directory,
    );
    body = (
      <VerdictReport verdict={verdict}>
        Checked {role.name} from {ip.data}, at {absoluteTime(at.toISOString())}. Vultr does not say
        whose key this is, so whether a trust names its user cannot be checked here.
      </VerdictReport>
    );
  } else if (!caller || !trusts.data || ip.data === undefined) {
    body = (
      <Skeleton height={80} role="progressbar" aria-busy="true" aria-label="Working out why" />
    );
  } else {
    const verdict = judgeRole(
      trusts.data.filter((t) => t.role_id === role.id),
      caller,
      ip.data,
      at,
      directory,
    );
    body = (
      <VerdictReport verdict={verdict}>
        Checked {role.name} for {who}, from {ip.data}, at {absoluteTime(at.toISOString())}.
      </VerdictReport>
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
