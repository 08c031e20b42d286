import type { Group } from '../../../../shared/schemas/group';

/** Groups whose name or description contains `q` (ignoring case), in the API's order. */
export function filterGroups(groups: Group[], q: string): Group[] {
  const needle = q.trim().toLowerCase();
  if (needle === '') return groups;
  return groups.filter(
    (g) =>
      g.display_name.toLowerCase().includes(needle) || g.description.toLowerCase().includes(needle),
  );
}
