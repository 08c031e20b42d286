import { useQuery } from '@tanstack/react-query';
import type { Group } from '../../../shared/schemas/group';
import type { User } from '../../../shared/schemas/user';
import { groupQueries } from '../group/group-queries';
import { userQueries } from './user-queries';

export type DirectoryKind = 'users' | 'groups';

/**
 * The organization's users or its groups for a picker that offers either (read only while
 * `enabled`, and only the kind shown): the field's label and plural, and the candidates as `as`
 * makes them, with the error reading them.
 */
export function useDirectoryPick<T>(
  kind: DirectoryKind,
  enabled: boolean,
  as: { users: (user: User) => T; groups: (group: Group) => T },
) {
  const users = useQuery({ ...userQueries.list(), enabled: enabled && kind === 'users' });
  const groups = useQuery({ ...groupQueries.list(), enabled: enabled && kind === 'groups' });
  const data = kind === 'users' ? users.data?.map(as.users) : groups.data?.map(as.groups);
  return {
    label: kind === 'users' ? 'User' : 'Group',
    what: kind,
    from: { data, error: (kind === 'users' ? users : groups).error },
  };
}
