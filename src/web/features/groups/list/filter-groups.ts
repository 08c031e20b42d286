import type { Group } from '../../../../shared/schemas/group';
import type { ListSearch } from '../../../lib/list-search';

/** The Groups tab's search: a group's name and its description. */
export const GROUP_SEARCH: ListSearch<Group> = {
  fields: (g) => [g.display_name, g.description],
};
