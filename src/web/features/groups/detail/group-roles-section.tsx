import { useQuery } from '@tanstack/react-query';
import type { Group } from '../../../../shared/schemas/group';
import { EditableListSection } from '../../../components/editable-list-section';
import { PickOneDialog } from '../../../components/pick-one-dialog';
import { groupQueries } from '../../../entities/group/group-queries';
import { roleListItem } from '../../../entities/role/role-list-item';
import { rolePick } from '../../../entities/role/role-pick';
import { useAssignableRoles } from '../api/use-assignable-roles';
import { useAddGroupRole, useRemoveGroupRole } from '../api/use-group-roles';

/** The assignable roles the group holds; its members hold them too. */
export function GroupRolesSection({ group }: { group: Group }) {
  const roles = useQuery(groupQueries.roles(group.id));
  const catalog = useAssignableRoles();
  const add = useAddGroupRole(group.id);
  const remove = useRemoveGroupRole(group.id);
  return (
    <EditableListSection
      title="Roles"
      add={{
        label: 'Add role',
        dialog: (picker) => (
          <PickOneDialog {...picker} {...rolePick} from={catalog} onPick={add.mutate} />
        ),
      }}
      list={{
        query: roles,
        what: "the group's roles",
        empty: 'The group holds no roles.',
        label: 'Roles of the group',
        item: roleListItem,
      }}
      remove={{
        verb: 'Remove',
        label: (role) => `Remove role ${role.name}`,
        question: (role) => `Remove role ${role.name} from ${group.display_name}?`,
        consequence: () =>
          'Members lose the permissions this role grants, unless they hold it otherwise.',
        run: (role) => remove.mutate(role),
      }}
    />
  );
}
