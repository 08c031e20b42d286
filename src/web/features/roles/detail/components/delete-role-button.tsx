import type { Role } from '../../../../../shared/schemas/role';
import { DeleteEntityButton } from '../../../../components/delete-entity-button';
import { useDeleteRole } from '../api/use-delete-role';

/** Delete role, asked first with what stops working; the notice after it offers Undo. */
export function DeleteRoleButton({ role }: { role: Role }) {
  return (
    <DeleteEntityButton noun="role" name={role.name} remove={useDeleteRole(role)} keepOpenOnError>
      {role.role_type === 'assumable'
        ? 'Its trusts stop working and its active sessions end. You can undo this right after.'
        : 'Users and groups holding it lose its permissions. You can undo this right after.'}
    </DeleteEntityButton>
  );
}
