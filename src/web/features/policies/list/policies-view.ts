import { DEFAULT_LIST_VIEW, parseListView, withListView } from '../../../lib/list-view';
import type { ListView } from '../../../lib/list-view';

export type PolicyKindFilter = 'all' | 'system' | 'custom';

/** What the Permission Policies tab shows, as kept in the URL: `?q=&type=&page=&size=`. */
export interface PoliciesView extends ListView {
  type: PolicyKindFilter;
}

export const DEFAULT_VIEW: PoliciesView = { ...DEFAULT_LIST_VIEW, type: 'all' };

/** Reads the view from the URL; anything unreadable falls back to the default. */
export function parsePoliciesView(params: URLSearchParams): PoliciesView {
  const type = params.get('type');
  return {
    ...parseListView(params),
    type: type === 'system' || type === 'custom' ? type : 'all',
  };
}

/** Writes the view into a copy of `params`, leaving defaults out so plain URLs stay plain. */
export function withPoliciesView(params: URLSearchParams, view: PoliciesView): URLSearchParams {
  return withListView(params, view, { type: { value: view.type, none: 'all' } });
}
