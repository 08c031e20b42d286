import { useParams } from 'react-router';
import { permissionsOf } from './principal-permissions';
import { UserPage } from '../../features/users/components/user-page';

/** /users/:userId — the user's page, with what the user may do. */
export function UserRoute() {
  const { userId = '' } = useParams();
  return <UserPage userId={userId} effectivePermissions={permissionsOf('user', userId)} />;
}
