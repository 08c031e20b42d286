import { simulatorHref } from '../features/permissions/model/simulator-href';
import type { Forbidden } from '../lib/api-client';

/**
 * The simulator address for a refusal: the session held in the tab when a session was refused,
 * else the user whose key is in use (when known), with the missing action and its resource.
 */
export function refusalHref(f: Forbidden, meId: string | undefined): string {
  const principal =
    f.credential === 'session'
      ? 'session'
      : f.credential !== 'other-key' && meId
        ? `user:${meId}`
        : undefined;
  const href = simulatorHref(principal, [f.action]);
  if (f.resource === '*') return href;
  const [path, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('resource', f.resource);
  return `${path}?${params.toString()}`;
}
