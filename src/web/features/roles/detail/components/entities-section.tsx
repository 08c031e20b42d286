import { useQuery } from '@tanstack/react-query';
import type { Group } from '../../../../../shared/schemas/group';
import type { Role } from '../../../../../shared/schemas/role';
import type { User } from '../../../../../shared/schemas/user';
import { EditableListSection } from '../../../../components/editable-list-section';
import { allOf } from '../../../../components/query-state';
import { groupQueries } from '../../../../entities/group/group-queries';
import { membersCount } from '../../../../entities/group/members-count';
import { roleQueries } from '../../../../entities/role/role-queries';
import { userQueries } from '../../../../entities/user/user-queries';
import type { Holder } from '../api/use-role-holders';
import { holderKey, useRemoveHolder } from '../api/use-role-holders';
import { AttachEntityDialog } from './attach-entity-dialog';

interface Row extends Holder {
  detail: string;
}

/** Users first, then groups, each named through the directory (the id when it has gone). */
function holderRows(userIds: string[], groupIds: string[], users: User[], groups: Group[]): Row[] {
  const userRows = userIds.map((id): Row => {
    const user = users.find((u) => u.id === id);
    const name = user?.name || user?.email || id;
    return { kind: 'users', id, name, detail: `User · ${user?.email || id}` };
  });
  const groupRows = groupIds.map((id): Row => {
    const group = groups.find((g) => g.id === id);
    const members = membersCount(group?.members.length ?? 0);
    return { kind: 'groups', id, name: group?.display_name || id, detail: `Group · ${members}` };
  });
  return [...userRows, ...groupRows];
}

/**
 * The users and groups holding an assignable role, named through the directory, each a link to
 * its page.
 */
export function EntitiesSection({ role }: { role: Role }) {
  const remove = useRemoveHolder(role.id);
  const rows = allOf(
    [
      useQuery(roleQueries.holders(role.id, 'users')),
      useQuery(roleQueries.holders(role.id, 'groups')),
      useQuery(userQueries.list()),
      useQuery(groupQueries.list()),
    ],
    holderRows,
  );
  return (
    <EditableListSection
      title="Attached Entities"
      add={{
        label: 'Attach entity',
        dialog: (picker) => <AttachEntityDialog {...picker} role={role} />,
      }}
      list={{
        query: rows,
        what: 'the users and groups holding this role',
        empty: 'No users or groups hold this role.',
        label: 'Attached entities',
        item: (row) => ({
          key: holderKey(row),
          name: row.name,
          to: `/${row.kind}/${encodeURIComponent(row.id)}`,
          secondary: row.detail,
        }),
      }}
      remove={{
        verb: 'Remove',
        question: (row) => `Remove ${row.name} from ${role.name}?`,
        consequence: (row) =>
          row.kind === 'groups'
            ? 'Members of the group lose the permissions the role grants, unless they hold it otherwise.'
            : 'The user loses the permissions the role grants, unless they hold it otherwise.',
        run: (row) => remove.mutate(row),
      }}
    />
  );
}
