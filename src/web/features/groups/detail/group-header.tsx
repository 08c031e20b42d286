import type { Group } from '../../../../shared/schemas/group';
import {
  CreatedFact,
  EditButton,
  EntityHeader,
  EntityTitle,
  IdFact,
} from '../../../components/entity-header';
import { useInlineEdit } from '../../../lib/use-inline-edit';
import { DeleteGroupButton } from './delete-group-button';
import { GroupEditForm } from './group-edit-form';

/** Name and description (Edit turns them into a form), the delete action, id and creation time. */
export function GroupHeader({ group }: { group: Group }) {
  const edit = useInlineEdit();
  return (
    <EntityHeader
      title={
        <>
          <EntityTitle
            name={edit.editing ? `Edit group ${group.display_name}` : group.display_name}
            description={edit.editing ? undefined : group.description}
          />
          {edit.editing && <GroupEditForm group={group} onDone={edit.close} />}
        </>
      }
      actions={
        <>
          <EditButton label="Edit group" {...edit.editButton} />
          <DeleteGroupButton group={group} />
        </>
      }
      facts={
        <>
          <IdFact id={group.id} copyLabel="Copy group ID" />
          <CreatedFact at={group.date_created} />
        </>
      }
    />
  );
}
