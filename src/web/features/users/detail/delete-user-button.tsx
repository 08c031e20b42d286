import type { User } from '../../../../shared/schemas/user';
import { DeleteEntityButton } from '../../../components/delete-entity-button';
import { useDeleteUser } from '../api/use-delete-user';

/** Delete user, asked first; a refusal (the owner, oneself) is told by the notice. */
export function DeleteUserButton({ user }: { user: User }) {
  return (
    <DeleteEntityButton noun="user" name={user.name} remove={useDeleteUser(user)}>
      {user.name} ({user.email}) loses access at once: the API key stops working, and the user
      leaves every group and loses its roles and trusts. This cannot be undone.
    </DeleteEntityButton>
  );
}
