import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { groupQueries } from '../api/group-queries';
import { GroupHeader } from '../detail/group-header';
import { GroupNotFound } from '../detail/group-not-found';
import { GroupPoliciesSection } from '../detail/group-policies-section';
import { GroupRolesSection } from '../detail/group-roles-section';
import { MembersSection } from '../detail/members-section';

/** /groups/:groupId — the group's details, members, roles and the policies they bring. */
export function GroupPage({
  groupId,
  effectivePermissions,
}: {
  groupId: string;
  /** What the group gives its members, from the permissions views (the app supplies it). */
  effectivePermissions?: ReactNode;
}) {
  const query = useQuery(groupQueries.detail(groupId));
  const missing = query.error instanceof ApiError && query.error.status === 404;
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/groups">
          Groups
        </Link>
        <Typography color="text.primary" sx={{ overflowWrap: 'anywhere' }}>
          {query.data?.display_name ?? 'Group'}
        </Typography>
      </Breadcrumbs>
      {missing ? (
        <GroupNotFound groupId={groupId} />
      ) : (
        <QueryState
          what="the group"
          isPending={query.isPending}
          error={query.error}
          data={query.data}
          onRetry={() => void query.refetch()}
        >
          {(group) => (
            <Stack spacing={2}>
              <GroupHeader key={group.id} group={group} />
              <MembersSection group={group} />
              <GroupRolesSection group={group} />
              <GroupPoliciesSection groupId={group.id} />
              {effectivePermissions}
            </Stack>
          )}
        </QueryState>
      )}
    </>
  );
}
