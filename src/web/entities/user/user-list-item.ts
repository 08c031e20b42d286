import type { EntityListItem } from '../../components/entity-list';
import { userKind } from './user-kind';

/** A user in an entity page's list: the name (the id when it has none) linking to the user's page, over the email. */
export const userListItem = (user: { id: string; name: string; email: string }) =>
  ({
    key: user.id,
    name: user.name || user.id,
    to: userKind.pathOf(user.id),
    secondary: user.email,
  }) satisfies EntityListItem;
