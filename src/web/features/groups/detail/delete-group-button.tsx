import type { Group } from '../../../../shared/schemas/group';
import { DeleteEntityButton } from '../../../components/delete-entity-button';
import { useDeleteGroup } from '../api/use-delete-group';
import { counted } from '../create/plain-words';

/** Delete group, asked first with what its members lose. */
export function DeleteGroupButton({ group }: { group: Group }) {
  return (
    <DeleteEntityButton noun="group" name={group.display_name} remove={useDeleteGroup(group)}>
      Its {counted(group.members.length, 'member')} lose the roles and policies they hold through
      it, and trusts naming the group stop working. This cannot be undone.
    </DeleteEntityButton>
  );
}
