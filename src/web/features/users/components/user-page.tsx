import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { userQueries } from '../api/user-queries';
import { InvalidUser } from '../detail/invalid-user';
import { UserPoliciesSection, UserRolesSection } from '../detail/user-access-sections';
import { UserGroupsSection } from '../detail/user-groups-section';
import { UserHeader } from '../detail/user-header';

interface UserPageProps {
  userId: string;
  /** What the user may do, from the permissions views (the app supplies it). */
  effectivePermissions?: ReactNode;
}

/** /users/:userId — who the user is, the groups it is in, and the roles and policies it holds. */
export function UserPage({ userId, effectivePermissions }: UserPageProps) {
  const query = useQuery(userQueries.detail(userId));
  const missing = query.error instanceof ApiError && query.error.status === 404;
  return (
    <>
      <Breadcrumbs sx={{ mb: 2 }}>
        <Link component={RouterLink} to="/organization/users">
          Users
        </Link>
        <Typography color="text.primary" sx={{ overflowWrap: 'anywhere' }}>
          {query.data?.name ?? 'User'}
        </Typography>
      </Breadcrumbs>
      {missing ? (
        <InvalidUser userId={userId} />
      ) : (
        <QueryState
          what="the user"
          isPending={query.isPending}
          error={query.error}
          data={query.data}
          onRetry={() => void query.refetch()}
        >
          {(user) => (
            <Stack spacing={2}>
              <UserHeader user={user} />
              <UserGroupsSection userId={user.id} />
              <UserRolesSection userId={user.id} />
              <UserPoliciesSection userId={user.id} />
              {effectivePermissions}
            </Stack>
          )}
        </QueryState>
      )}
    </>
  );
}
