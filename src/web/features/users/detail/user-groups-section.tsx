import { useQuery } from '@tanstack/react-query';
import { EntityList } from '../../../components/entity-list';
import { QuerySection } from '../../../components/query-section';
import { groupListItem } from '../../../entities/group/group-list-item';
import { userQueries } from '../../../entities/user/user-queries';

/** GET /v2/users/{id}/groups: the groups the user belongs to, each opening its page. */
export function UserGroupsSection({ userId }: { userId: string }) {
  const groups = useQuery(userQueries.groups(userId));
  return (
    <QuerySection
      title="Groups"
      query={groups}
      what="the user's groups"
      empty="Not a member of any group."
    >
      {(list) => <EntityList label="Groups of the user" items={list.map(groupListItem)} />}
    </QuerySection>
  );
}
