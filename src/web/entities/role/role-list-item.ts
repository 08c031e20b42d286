import type { EntityListItem } from '../../components/entity-list';
import { roleKind } from './role-kind';

/** A role in an entity page's list: its name linking to its page, over its description. */
export const roleListItem = (role: { id: string; name: string; description: string }) =>
  ({
    key: role.id,
    name: role.name,
    to: roleKind.pathOf(role.id),
    secondary: role.description || 'No description.',
  }) satisfies EntityListItem;
