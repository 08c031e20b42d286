import PersonAddIcon from '@mui/icons-material/PersonAddAlt';
import { useQuery } from '@tanstack/react-query';
import type { Group } from '../../../../shared/schemas/group';
import type { UserSummary } from '../../../../shared/schemas/user';
import { EditableListSection } from '../../../components/editable-list-section';
import type { PickerState } from '../../../components/editable-list-section';
import { PickOneDialog } from '../../../components/pick-one-dialog';
import { loaded } from '../../../components/query-state';
import { userListItem } from '../../../entities/user/user-list-item';
import { userPick } from '../../../entities/user/user-pick';
import { userQueries } from '../../../entities/user/user-queries';
import { useAddMember, useRemoveMember } from '../api/use-group-members';

/** Picks one of the organization's users (read once the dialog opens) to add to the group. */
function AddMemberDialog({
  onPick,
  ...picker
}: PickerState & { onPick: (u: UserSummary) => void }) {
  const users = useQuery({ ...userQueries.list(), enabled: picker.open });
  return <PickOneDialog {...picker} {...userPick} from={users} onPick={onPick} />;
}

/** The group's members, each opening its user page; add one, or remove one after confirming. */
export function MembersSection({ group }: { group: Group }) {
  const add = useAddMember(group.id);
  const remove = useRemoveMember(group.id);
  return (
    <EditableListSection
      title="Members"
      add={{
        label: 'Add member',
        icon: <PersonAddIcon />,
        dialog: (picker) => <AddMemberDialog {...picker} onPick={(user) => add.mutate(user)} />,
      }}
      list={{
        query: loaded(group.members),
        what: 'the members',
        empty: 'No members yet.',
        label: 'Members',
        item: userListItem,
      }}
      remove={{
        verb: 'Remove',
        question: (member) => `Remove ${member.name} from ${group.display_name}?`,
        consequence: () =>
          'The user loses the roles and policies that come through this group, unless they hold them otherwise.',
        run: (member) => remove.mutate(member),
      }}
    />
  );
}
