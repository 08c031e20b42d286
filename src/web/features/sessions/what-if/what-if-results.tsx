import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { TrustCaller } from '../../../../shared/trust/types';
import { QueryState } from '../../../components/query-state';
import { namesNeeded } from '../../../lib/trust-names';
import { groupQueries } from '../../../entities/group/group-queries';
import { issuerQueries } from '../../../entities/issuer/issuer-queries';
import { useRoleList } from '../../../entities/role/use-roles';
import { trustQueries } from '../../../entities/trust/trust-queries';
import { userQueries } from '../../../entities/user/user-queries';
import { groupIds } from '../model/group-ids';
import { fromLocalInput } from '../model/what-if-input';
import type { WhatIfInput } from '../model/what-if-input';
import { groupCaller, userCaller, whatIf } from '../model/verdicts';
import { withZonedInstants } from '../model/zoned-time';

/** Every assumable role, allowed or not for the question, with the reason. */
export function WhatIfResults({ question }: { question: WhatIfInput | null }) {
  const roles = useRoleList();
  const trusts = useQuery(trustQueries.all());
  const userId = question?.kind === 'user' ? question.principal : '';
  const groups = useQuery({
    ...userQueries.groups(userId),
    select: groupIds,
    enabled: userId !== '',
  });
  // Only the lists that name what the trusts leave unnamed (issuers, on live Vultr).
  const needed = namesNeeded(trusts.data ?? []);
  const users = useQuery({ ...userQueries.list(), enabled: needed.users });
  const allGroups = useQuery({ ...groupQueries.list(), enabled: needed.groups });
  const issuers = useQuery({ ...issuerQueries.list(), enabled: needed.issuers });
  const directory = { users: users.data, groups: allGroups.data, issuers: issuers.data };

  if (!question) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Pick a principal and give a valid address and instant to see the answer.
      </Typography>
    );
  }
  const caller: TrustCaller | null =
    question.kind === 'group'
      ? groupCaller(question.principal)
      : question.kind === 'oidc'
        ? { kind: 'oidc', issuerId: question.principal, subject: '' }
        : groups.data
          ? userCaller(question.principal, groups.data)
          : null;
  const pending = roles.isPending || trusts.isPending || caller === null;
  const data =
    !pending && roles.data && trusts.data && caller
      ? { roles: roles.data, trusts: trusts.data, caller }
      : undefined;
  return (
    <Box component="section" aria-label="What-if answer" sx={{ mt: 1 }}>
      <QueryState
        what="the roles and their trusts"
        isPending={pending}
        error={roles.error ?? trusts.error ?? groups.error}
        data={data}
        onRetry={() => {
          roles.refetch();
          void trusts.refetch();
          void groups.refetch();
        }}
        isEmpty={(d) => !d.roles.some((r) => r.role_type === 'assumable')}
        empty={
          <Typography color="text.secondary">The organization has no assumable roles.</Typography>
        }
      >
        {(d) => (
          <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {whatIf(
              d.roles,
              d.trusts,
              d.caller,
              question.ip,
              fromLocalInput(question.instant)!,
              directory,
            ).map(({ role, verdict }) => (
              <Box
                component="li"
                key={role.id}
                aria-label={role.name}
                sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}
              >
                <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Link component={RouterLink} to={`/roles/${role.id}`} sx={{ fontWeight: 500 }}>
                    {role.name}
                  </Link>
                  <Chip
                    size="small"
                    label={verdict.allowed ? 'Allowed' : 'Denied'}
                    color={verdict.allowed ? 'success' : 'default'}
                    variant={verdict.allowed ? 'filled' : 'outlined'}
                  />
                </Stack>
                <Typography
                  variant="body2"
                  color="text.secondary"
                  sx={{ overflowWrap: 'anywhere' }}
                >
                  {withZonedInstants(verdict.summary)}
                </Typography>
              </Box>
            ))}
          </Stack>
        )}
      </QueryState>
    </Box>
  );
}
