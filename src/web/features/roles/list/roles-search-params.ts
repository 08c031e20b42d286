import type { RoleType } from '../../../../shared/schemas/role';
import { DEFAULT_LIST_VIEW, parseListView, withListView } from '../../../lib/list-view';
import type { ListView } from '../../../lib/list-view';

export type RoleTypeFilter = 'all' | RoleType;

/** What the Roles tab shows, as kept in the URL: `?q=&type=&page=&size=`. */
export interface RolesView extends ListView {
  type: RoleTypeFilter;
}

export const DEFAULT_VIEW: RolesView = { ...DEFAULT_LIST_VIEW, type: 'all' };

/** Reads the view from the URL; anything unreadable falls back to the default. */
export function parseRolesView(params: URLSearchParams): RolesView {
  const type = params.get('type');
  return {
    ...parseListView(params),
    type: type === 'assignable' || type === 'assumable' ? type : 'all',
  };
}

/** Writes the view into a copy of `params`, leaving defaults out so plain URLs stay plain. */
export function withRolesView(params: URLSearchParams, view: RolesView): URLSearchParams {
  return withListView(params, view, { type: { value: view.type, none: 'all' } });
}
