import type { Group } from '../../../shared/schemas/group';
import type { EntityPageKind } from '../../components/detail-page';

/** A group's page: under the Groups tab, named by its display name. */
export const groupKind: EntityPageKind<Group> = {
  parent: { to: '/organization/groups', label: 'Groups' },
  noun: 'group',
  nameOf: (group) => group.display_name,
  pathOf: (id) => `/groups/${encodeURIComponent(id)}`,
};
