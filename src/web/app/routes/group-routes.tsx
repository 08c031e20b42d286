import { useParams } from 'react-router';
import { GroupPage } from '../../features/groups/components/group-page';
import { NewGroupPage } from '../../features/groups/components/new-group-page';
import { permissionsOf } from './principal-permissions';

/** /groups/:groupId — the group's page, with what its members may do through it. */
export function GroupRoute() {
  const { groupId = '' } = useParams();
  return <GroupPage groupId={groupId} effectivePermissions={permissionsOf('group', groupId)} />;
}

/** /groups/new */
export function NewGroupRoute() {
  return <NewGroupPage />;
}
