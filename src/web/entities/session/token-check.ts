import { ROUTES } from '../../../shared/api/routes';
import { ApiError, callApi } from '../../lib/api-client';

/** What the API said to a session token: still a working credential, or refused. */
export type TokenCheck =
  | { state: 'accepted' }
  | { state: 'refused'; status: number }
  | { state: 'unknown'; status: number; message: string };

/**
 * Presents the token, for this one request, to a read every caller may make of itself on Vultr:
 * GET /v2/users/me/groups. 2xx: accepted; 403 also means the token authenticated (and was only
 * not allowed the read); 401: refused.
 */
export async function checkSessionToken(token: string): Promise<TokenCheck> {
  try {
    await callApi(ROUTES.myGroups, { apiKey: token, query: { per_page: '1' } });
    return { state: 'accepted' };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return { state: 'refused', status: 401 };
    if (error.status === 403) return { state: 'accepted' };
    return { state: 'unknown', status: error.status, message: error.message };
  }
}

/** "refused (401)", "accepted", … */
export function describeTokenCheck(check: TokenCheck): string {
  switch (check.state) {
    case 'accepted':
      return 'accepted';
    case 'refused':
      return `refused (${check.status})`;
    default:
      return `could not tell (HTTP ${check.status}: ${check.message})`;
  }
}
