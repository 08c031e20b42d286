import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DetailPage } from '../../../components/detail-page';
import { groupKind } from '../../../entities/group/group-kind';
import { groupQueries } from '../../../entities/group/group-queries';
import { GroupHeader } from '../detail/group-header';
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
  return (
    <DetailPage kind={groupKind} query={query} missingId={groupId}>
      {(group) => (
        <Stack spacing={2}>
          <GroupHeader key={group.id} group={group} />
          <MembersSection group={group} />
          <GroupRolesSection group={group} />
          <GroupPoliciesSection groupId={group.id} />
          {effectivePermissions}
        </Stack>
      )}
    </DetailPage>
  );
}
