import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DetailPage } from '../../../components/detail-page';
import { userKind } from '../../../entities/user/user-kind';
import { userQueries } from '../../../entities/user/user-queries';
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
  return (
    <DetailPage kind={userKind} query={query} missingId={userId}>
      {(user) => (
        <Stack spacing={2}>
          <UserHeader user={user} />
          <UserGroupsSection userId={user.id} />
          <UserRolesSection userId={user.id} />
          <UserPoliciesSection userId={user.id} />
          {effectivePermissions}
        </Stack>
      )}
    </DetailPage>
  );
}
