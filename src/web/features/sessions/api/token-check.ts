import { userReadSchema } from '../../../../shared/schemas/user';
import { apiRequest, ApiError } from '../../../lib/api-client';

/** What the API said to a session token: still a working credential, or refused. */
export type TokenCheck =
  | { state: 'accepted'; as: string | null }
  | { state: 'refused'; status: number }
  | { state: 'unknown'; status: number; message: string };

/**
 * Presents the token to GET /v2/users/me for this one request. 2xx: accepted, acting as that user;
 * 401: refused. A 403/404 also means the token authenticated (a web identity session is no
 * platform user, so "me" is not found).
 */
export async function checkSessionToken(token: string): Promise<TokenCheck> {
  try {
    const reply = await apiRequest('/api/v2/users/me', userReadSchema, { apiKey: token });
    return { state: 'accepted', as: reply.user.name };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return { state: 'refused', status: 401 };
    if (error.status === 403 || error.status === 404) return { state: 'accepted', as: null };
    return { state: 'unknown', status: error.status, message: error.message };
  }
}

/** "refused (401)", "accepted — acts as Avery Quinn", … */
export function describeTokenCheck(check: TokenCheck): string {
  switch (check.state) {
    case 'accepted':
      return check.as ? `accepted — acts as ${check.as}` : 'accepted';
    case 'refused':
      return `refused (${check.status})`;
    default:
      return `could not tell (HTTP ${check.status}: ${check.message})`;
  }
}
