import type { Group } from '../../../shared/schemas/group';
import type { EntityListItem } from '../../components/entity-list';
import { membersCount } from './members-count';
import { groupKind } from './group-kind';

/** A group in an entity page's list: its name linking to its page, over its size and description. */
export const groupListItem = (
  group: Pick<Group, 'id' | 'display_name' | 'description' | 'members'>,
) =>
  ({
    key: group.id,
    name: group.display_name,
    to: groupKind.pathOf(group.id),
    secondary: `${membersCount(group.members.length)} · ${group.description || 'No description.'}`,
  }) satisfies EntityListItem;
